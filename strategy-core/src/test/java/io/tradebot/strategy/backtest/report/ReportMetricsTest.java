package io.tradebot.strategy.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tradebot.strategy.backtest.BacktestConfig;
import io.tradebot.strategy.backtest.BacktestResult;
import io.tradebot.strategy.backtest.EquityPoint;
import io.tradebot.strategy.backtest.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report metrics on small equity curves and trade lists worked out by hand. */
class ReportMetricsTest {

    private static final BacktestConfig CONFIG = new BacktestConfig(new BigDecimal("1000"), BigDecimal.ZERO,
            BigDecimal.ONE, BigDecimal.ONE);
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);

    private static Instant at(int day, int hour, int minute) {
        return MONDAY.plusDays(day).atTime(LocalTime.of(hour, minute)).atZone(ZoneId.of("America/New_York")).toInstant();
    }

    private static EquityPoint point(Instant time, String equity, boolean invested) {
        return new EquityPoint(time, new BigDecimal(equity), new BigDecimal(equity), invested);
    }

    private static Trade trade(String symbol, String pnl) {
        return new Trade(symbol, "LONG", at(0, 9, 30), BigDecimal.TEN, at(1, 9, 30), BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal(pnl), BigDecimal.ONE, symbol + ":id", "in", "out");
    }

    /** Daily closes 1000, 1100, 990, 1089, 1210 starting from 1000 of cash. */
    private static BacktestReport fiveDays() {
        String[] equity = {"1000", "1100", "990", "1089", "1210"};
        boolean[] invested = {false, true, true, false, true};
        List<EquityPoint> curve = new ArrayList<>();
        for (int i = 0; i < equity.length; i++) {
            curve.add(point(at(i, 9, 30), equity[i], invested[i]));
        }
        List<Trade> trades = List.of(trade("A", "150"), trade("A", "-50"), trade("B", "100"), trade("B", "-25"));
        return Reports.of(new BacktestResult("x", CONFIG, List.of("A", "B", "C"), trades, List.of(), curve, 0));
    }

    @Test
    void returnsAndRatiosFollowTheDocumentedConventions() {
        Metrics m = fiveDays().metrics();
        // daily returns 0, +10%, −10%, +10%, 1210/1089 − 1 = +11.11%: mean 0.0422222
        assertThat(m.sessions()).isEqualTo(5);
        assertThat(m.totalReturn()).isCloseTo(0.21, within(1e-12));
        assertThat(m.finalEquity()).isEqualByComparingTo("1210");
        // 1.21^(252/5) − 1
        assertThat(m.cagr()).isCloseTo(Math.pow(1.21, 50.4) - 1, within(1e-6));
        // sample standard deviation 0.0914222: 0.0422222 / 0.0914222 × √252
        assertThat(m.sharpe()).isCloseTo(7.331444, within(1e-6));
        // downside deviation √(0.1² / 5) = 0.0447214: 0.0422222 / 0.0447214 × √252
        assertThat(m.sortino()).isCloseTo(14.987402, within(1e-6));
        assertThat(m.calmar()).isCloseTo(m.cagr() / 0.1, within(1e-9));
        assertThat(m.exposure()).isCloseTo(0.6, within(1e-12)); // invested at 3 of 5 closes
    }

    @Test
    void theMaxDrawdownHasItsPeakTroughAndRecovery() {
        Drawdown drawdown = fiveDays().metrics().maxDrawdown();
        assertThat(drawdown.depth()).isCloseTo(0.1, within(1e-12)); // 1100 → 990
        assertThat(drawdown.peak()).isEqualTo(at(1, 9, 30));
        assertThat(drawdown.trough()).isEqualTo(at(2, 9, 30));
        assertThat(drawdown.recovery()).isEqualTo(at(4, 9, 30)); // 1089 is still below 1100; 1210 is not
    }

    @Test
    void aDrawdownNotRecoveredByTheEndHasNoRecoveryAndTheDeepestOneWins() {
        List<EquityPoint> curve = List.of(point(at(0, 9, 30), "1000", false), point(at(1, 9, 30), "950", true),
                point(at(2, 9, 30), "1200", true), point(at(3, 9, 30), "900", true), point(at(4, 9, 30), "1100", true));
        Drawdown drawdown = Drawdowns.max(curve, 1000);
        assertThat(drawdown.depth()).isCloseTo(0.25, within(1e-12)); // 1200 → 900, deeper than 1000 → 950
        assertThat(drawdown.peak()).isEqualTo(at(2, 9, 30));
        assertThat(drawdown.trough()).isEqualTo(at(3, 9, 30));
        assertThat(drawdown.recovery()).isNull();
        assertThat(Drawdowns.series(curve, 1000)).containsExactly(new double[] {0, 0.05, 0, 0.25, 1 - 1100.0 / 1200},
                within(1e-12));
    }

    @Test
    void winRateProfitFactorAndTheBreakdownPerSymbol() {
        BacktestReport report = fiveDays();
        Metrics m = report.metrics();
        assertThat(m.trades()).isEqualTo(4);
        assertThat(m.winRate()).isEqualTo(0.5);
        assertThat(m.profitFactor()).isCloseTo(250.0 / 75, within(1e-12)); // (150 + 100) / (50 + 25)
        assertThat(m.commission()).isEqualByComparingTo("4");
        assertThat(report.symbols()).extracting(SymbolSummary::symbol, SymbolSummary::trades, s -> s.netPnl().intValue(),
                SymbolSummary::profitFactor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", 2, 100, 3.0),
                        org.assertj.core.groups.Tuple.tuple("B", 2, 75, 4.0),
                        org.assertj.core.groups.Tuple.tuple("C", 0, 0, null));
        assertThat(report.symbols().get(2).winRate()).isNull();
    }

    @Test
    void intradayPointsGiveOneReturnPerSessionFromItsLastPoint() {
        List<EquityPoint> curve = List.of(point(at(0, 9, 30), "1000", false), point(at(0, 15, 59), "1050", true),
                point(at(1, 9, 30), "1040", true), point(at(1, 15, 59), "1008", false));
        DailyReturns daily = DailyReturns.of(curve, new BigDecimal("1000"), ZoneId.of("America/New_York"));
        assertThat(daily.sessions()).isEqualTo(2);
        assertThat(daily.values()).containsExactly(new double[] {0.05, 1008.0 / 1050 - 1}, within(1e-12));
    }

    @Test
    void ratiosWithoutMeaningAreNull() {
        List<EquityPoint> flat = List.of(point(at(0, 9, 30), "1000", false), point(at(1, 9, 30), "1000", false));
        BacktestReport report = Reports.of(new BacktestResult("x", CONFIG, List.of("A"), List.of(), List.of(), flat, 0));
        Metrics m = report.metrics();
        assertThat(m.sharpe()).isNull();
        assertThat(m.sortino()).isNull();
        assertThat(m.calmar()).isNull();
        assertThat(m.winRate()).isNull();
        assertThat(m.profitFactor()).isNull();
        assertThat(m.cagr()).isEqualTo(0.0);
        assertThat(m.maxDrawdown()).isEqualTo(new Drawdown(0, null, null, null));
        assertThat(report.assumptions()).anySatisfy(a -> assertThat(a).contains("IBKR Pro fixed"))
                .anySatisfy(a -> assertThat(a).contains("closed at that bar's close"))
                .anySatisfy(a -> assertThat(a).contains("252 sessions a year, risk-free rate 0"));
    }
}
