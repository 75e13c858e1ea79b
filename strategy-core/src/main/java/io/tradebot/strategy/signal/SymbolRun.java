package io.tradebot.strategy.signal;

import java.util.List;
import java.util.function.Function;

/** The usual {@link SymbolStrategy}: appends each bar to the symbol's history, then lets the rules decide. */
final class SymbolRun implements SymbolStrategy {

    /** A strategy's rules over one symbol's history: the intents at the close of the bar at {@code index}. */
    @FunctionalInterface
    interface Rules {
        Intents decide(int index, BarEvent event, Intents intents);
    }

    private final String strategy;
    private final String symbol;
    private final BarHistory history;
    private final Rules rules;

    SymbolRun(String strategy, String symbol, Function<BarHistory, Rules> rules) {
        this.strategy = strategy;
        this.symbol = symbol;
        this.history = new BarHistory(symbol);
        this.rules = rules.apply(history);
    }

    @Override
    public List<TradeIntent> onBar(BarEvent event) {
        if (!event.symbol().equals(symbol)) {
            throw new IllegalArgumentException("a bar of " + event.symbol() + " fed to the " + symbol + " run");
        }
        history.append(event.bar());
        return rules.decide(history.lastIndex(), event, new Intents(strategy, event)).list();
    }
}
