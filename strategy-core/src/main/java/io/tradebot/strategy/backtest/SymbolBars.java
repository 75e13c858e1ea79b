package io.tradebot.strategy.backtest;

import io.tradebot.strategy.fill.Bar;
import java.util.List;
import java.util.Objects;

/** One symbol's bars for a backtest, each starting after the previous one ends. */
public record SymbolBars(String symbol, List<Bar> bars) {

    public SymbolBars {
        Objects.requireNonNull(symbol, "symbol");
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException(symbol + " has no bars");
        }
        for (int i = 1; i < bars.size(); i++) {
            if (bars.get(i).start().isBefore(bars.get(i - 1).end())) {
                throw new IllegalArgumentException(symbol + ": bar " + i + " starts before the previous one ends");
            }
        }
    }
}
