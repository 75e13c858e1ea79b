package io.tradebot.cli;

import io.tradebot.strategy.backtest.SymbolBars;
import io.tradebot.strategy.fill.Bar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The loaded symbols narrowed to {@code --symbols} and to the bars of the date range; symbols left with none are dropped. */
record BacktestInput(List<SymbolBars> symbols, List<String> dropped) {

    static BacktestInput select(BarSource.Loaded loaded, List<String> wanted, DateRange range, Path data)
            throws BacktestCommand.BadInput {
        List<String> names = loaded.symbols().stream().map(SymbolBars::symbol).toList();
        List<String> upper = wanted.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
        List<String> missing = upper.stream().filter(s -> !names.contains(s)).toList();
        if (!missing.isEmpty()) {
            throw new BacktestCommand.BadInput("--symbols " + String.join(",", missing) + " not in " + data
                    + " (it has " + String.join(", ", names) + ")");
        }
        List<SymbolBars> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (SymbolBars symbol : loaded.symbols()) {
            if (!upper.isEmpty() && !upper.contains(symbol.symbol())) {
                continue;
            }
            List<Bar> bars = symbol.bars().stream()
                    .filter(b -> range.contains(b.start().atZone(BarSource.NEW_YORK).toLocalDate())).toList();
            if (bars.isEmpty()) {
                dropped.add(symbol.symbol());
            } else {
                kept.add(new SymbolBars(symbol.symbol(), bars));
            }
        }
        if (kept.isEmpty()) {
            throw new BacktestCommand.BadInput("no bars in " + data + " between " + (range.from() == null ? "the start"
                    : range.from()) + " and " + (range.to() == null ? "the end" : range.to()));
        }
        return new BacktestInput(kept, dropped);
    }
}
