package io.tradebot.strategy.backtest.report;

import io.tradebot.strategy.backtest.BacktestResult;
import java.util.List;

/** A backtest's result with its metrics, per-symbol breakdown and the assumptions it rests on, in words. */
public record BacktestReport(BacktestResult result, Metrics metrics, List<SymbolSummary> symbols,
        List<String> assumptions) {

    public BacktestReport {
        symbols = List.copyOf(symbols);
        assumptions = List.copyOf(assumptions);
    }
}
