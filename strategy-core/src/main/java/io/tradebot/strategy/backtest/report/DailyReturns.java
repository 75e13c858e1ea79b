package io.tradebot.strategy.backtest.report;

import io.tradebot.strategy.backtest.EquityPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily returns of an equity curve and the ratios built on them. A day's equity is the curve's last point on that
 * calendar day (in {@code zone}), so daily and intraday bars give one return per session; the first day's return is
 * against the initial cash. Annualised with {@link #PERIODS_PER_YEAR} sessions; the risk-free rate is 0.
 */
public final class DailyReturns {

    /** Trading sessions in a year. */
    public static final int PERIODS_PER_YEAR = 252;

    private final double[] returns;
    private final double growth;

    private DailyReturns(double[] returns, double growth) {
        this.returns = returns;
        this.growth = growth;
    }

    public static DailyReturns of(List<EquityPoint> curve, BigDecimal initialCash, ZoneId zone) {
        List<Double> closes = new ArrayList<>();
        LocalDate day = null;
        for (EquityPoint point : curve) {
            LocalDate pointDay = point.time().atZone(zone).toLocalDate();
            if (!pointDay.equals(day)) {
                closes.add(point.equity().doubleValue());
                day = pointDay;
            } else {
                closes.set(closes.size() - 1, point.equity().doubleValue());
            }
        }
        double[] returns = new double[closes.size()];
        double previous = initialCash.doubleValue();
        for (int i = 0; i < returns.length; i++) {
            returns[i] = closes.get(i) / previous - 1;
            previous = closes.get(i);
        }
        return new DailyReturns(returns, previous / initialCash.doubleValue());
    }

    public int sessions() {
        return returns.length;
    }

    public double[] values() {
        return returns.clone();
    }

    /** (final / initial)^(252 / sessions) − 1; −1 when the equity is gone; null without returns. */
    public Double cagr() {
        if (returns.length == 0) {
            return null;
        }
        return growth <= 0 ? -1.0 : Math.pow(growth, (double) PERIODS_PER_YEAR / returns.length) - 1;
    }

    /** Mean over sample standard deviation, × √252; null with fewer than 2 returns or none varying. */
    public Double sharpe() {
        if (returns.length < 2) {
            return null;
        }
        double mean = mean();
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        double deviation = Math.sqrt(squares / (returns.length - 1));
        return deviation == 0 ? null : mean / deviation * Math.sqrt(PERIODS_PER_YEAR);
    }

    /** Mean over downside deviation √(Σ min(r, 0)² / n), × √252; null when no return is negative. */
    public Double sortino() {
        if (returns.length == 0) {
            return null;
        }
        double squares = 0;
        for (double r : returns) {
            squares += Math.min(r, 0) * Math.min(r, 0);
        }
        double downside = Math.sqrt(squares / returns.length);
        return downside == 0 ? null : mean() / downside * Math.sqrt(PERIODS_PER_YEAR);
    }

    private double mean() {
        double sum = 0;
        for (double r : returns) {
            sum += r;
        }
        return sum / returns.length;
    }
}
