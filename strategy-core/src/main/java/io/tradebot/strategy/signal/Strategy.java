package io.tradebot.strategy.signal;

/**
 * A trading strategy: its rules and configuration, without any market state. Each symbol gets its own
 * {@link SymbolStrategy}, which holds that symbol's bars and nothing else, so symbols never influence each other and
 * an engine may interleave them in any fixed order.
 */
public interface Strategy {

    /** The registry name, e.g. {@code ma-crossover}; the first part of every intent id. */
    String name();

    /** Bars of a symbol that must be fed before the first intent is possible (the indicators' warm-up). */
    int warmUpBars();

    /** A fresh evaluation for {@code symbol}, which has seen no bars yet. */
    SymbolStrategy forSymbol(String symbol);
}
