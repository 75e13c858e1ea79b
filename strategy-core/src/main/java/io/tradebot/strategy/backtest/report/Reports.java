package io.tradebot.strategy.backtest.report;

import io.tradebot.strategy.backtest.BacktestResult;
import io.tradebot.strategy.backtest.EquityPoint;
import io.tradebot.strategy.backtest.Trade;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link BacktestReport} from a backtest's result. */
public final class Reports {

    /** The exchange time zone: a "day" of the daily returns is a New York calendar day. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Reports() {
    }

    public static BacktestReport of(BacktestResult result) {
        List<EquityPoint> curve = result.equityCurve();
        BigDecimal initial = result.config().initialCash();
        BigDecimal last = curve.isEmpty() ? initial : curve.getLast().equity();
        DailyReturns daily = DailyReturns.of(curve, initial, NEW_YORK);
        Drawdown drawdown = Drawdowns.max(curve, initial.doubleValue());
        SymbolSummary all = TradeStatistics.summarize("ALL", result.trades());
        Double cagr = daily.cagr();
        Double calmar = cagr == null || drawdown.depth() == 0 ? null : cagr / drawdown.depth();
        long invested = curve.stream().filter(EquityPoint::invested).count();
        double exposure = curve.isEmpty() ? 0 : (double) invested / curve.size();
        Metrics metrics = new Metrics(initial, last, last.subtract(initial), all.commission(),
                last.doubleValue() / initial.doubleValue() - 1, daily.sessions(), cagr, daily.sharpe(),
                daily.sortino(), calmar, drawdown, all.trades(), all.wins(), all.winRate(), all.profitFactor(),
                exposure);
        return new BacktestReport(result, metrics, perSymbol(result), Assumptions.of(result));
    }

    private static List<SymbolSummary> perSymbol(BacktestResult result) {
        List<SymbolSummary> summaries = new ArrayList<>();
        for (String symbol : result.symbols()) {
            List<Trade> trades = result.trades().stream().filter(t -> t.symbol().equals(symbol)).toList();
            summaries.add(TradeStatistics.summarize(symbol, trades));
        }
        return summaries;
    }
}
