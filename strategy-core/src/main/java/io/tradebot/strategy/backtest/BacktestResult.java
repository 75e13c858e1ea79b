package io.tradebot.strategy.backtest;

import java.util.List;

/**
 * What a backtest produced: the trades in the order they closed, every fill, the equity curve (one point per bar
 * time), and the entries skipped by the exposure limit or because a position or entry was already there.
 */
public record BacktestResult(String strategy, BacktestConfig config, List<String> symbols, List<Trade> trades,
        List<Fill> fills, List<EquityPoint> equityCurve, int skippedEntries) {

    public BacktestResult {
        symbols = List.copyOf(symbols);
        trades = List.copyOf(trades);
        fills = List.copyOf(fills);
        equityCurve = List.copyOf(equityCurve);
    }
}
