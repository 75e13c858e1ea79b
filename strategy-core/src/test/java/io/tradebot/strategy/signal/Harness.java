package io.tradebot.strategy.signal;

import io.tradebot.strategy.fill.Bar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Drives one symbol through a strategy the way an engine would: each bar's intents fill at the next bar's open, in
 * their order, and the position passed with a bar is the one after those fills. Brackets are not simulated, so
 * positions close only through the strategy's own exits. Equity stays {@link #EQUITY}.
 */
final class Harness {

    static final BigDecimal EQUITY = new BigDecimal("100000");

    /** An intent and the index of the bar whose close produced it. */
    record Signal(int index, TradeIntent intent) {

        /** {@code "index ACTION"}, the form the reference lists use. */
        String brief() {
            return index + " " + intent.action();
        }
    }

    private Harness() {
    }

    static List<Signal> run(Strategy strategy, TestBars bars) {
        return run(strategy, bars, i -> null);
    }

    static List<Signal> run(Strategy strategy, TestBars bars, IntFunction<Candidate> candidates) {
        SymbolStrategy run = strategy.forSymbol(bars.symbol());
        List<Signal> signals = new ArrayList<>();
        Position position = Position.FLAT;
        List<TradeIntent> pending = List.of();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.bars().get(i);
            for (TradeIntent intent : pending) {
                position = fill(position, intent, bar);
            }
            pending = run.onBar(new BarEvent(bars.symbol(), bar, position, EQUITY, candidates.apply(i)));
            for (TradeIntent intent : pending) {
                signals.add(new Signal(i, intent));
            }
        }
        return signals;
    }

    /**
     * Continues {@code run}, already fed the bars before {@code from}, with the positions an earlier full run
     * ({@code reference}) had from there on, and returns the signals from {@code from} on.
     */
    static List<Signal> resume(SymbolStrategy run, TestBars bars, int from, List<Signal> reference,
            IntFunction<Candidate> candidates) {
        Position position = Position.FLAT;
        List<TradeIntent> pending = List.of();
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.bars().get(i);
            for (TradeIntent intent : pending) {
                position = fill(position, intent, bar);
            }
            int index = i;
            pending = reference.stream().filter(s -> s.index() == index).map(Signal::intent).toList();
            if (i >= from) {
                List<TradeIntent> intents = run.onBar(new BarEvent(bars.symbol(), bar, position, EQUITY,
                        candidates.apply(i)));
                intents.forEach(intent -> signals.add(new Signal(index, intent)));
            }
        }
        return signals;
    }

    static List<String> briefs(List<Signal> signals) {
        return signals.stream().map(Signal::brief).toList();
    }

    private static Position fill(Position position, TradeIntent intent, Bar bar) {
        if (!intent.action().opens()) {
            if (position.quantity().abs().compareTo(intent.quantity()) != 0) {
                throw new AssertionError("exit of " + intent.quantity() + " while holding " + position.quantity());
            }
            return Position.FLAT;
        }
        if (!position.isFlat()) {
            throw new AssertionError(intent.id() + " enters while holding " + position.quantity());
        }
        return Position.of(intent.signedQuantity(), bar.open(), bar.start());
    }
}
