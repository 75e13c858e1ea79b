package io.tradebot.screener.fundamental.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A first-order Markov chain over return states (DOWN, FLAT, UP): counts[i][j] is how often a return in
 * state i was followed by one in state j; P[i][j] = counts[i][j] / Σ_j counts[i][j]. For a long position
 * the adverse move is DOWN, so the risk estimate is P[current][DOWN], with current the last return's state.
 *
 * @param threshold  θ, the half-width of the flat band
 * @param counts     transition counts, indexed by {@link ReturnState#ordinal()}
 * @param current    the state of the last return
 */
public record MarkovChain(double threshold, long[][] counts, ReturnState current) {

    /** Counts the transitions of {@code returns} (oldest first); empty with fewer than two returns. */
    public static Optional<MarkovChain> fit(double[] returns, double threshold) {
        if (returns.length < 2) {
            return Optional.empty();
        }
        int states = ReturnState.values().length;
        long[][] counts = new long[states][states];
        ReturnState previous = ReturnState.of(returns[0], threshold);
        for (int t = 1; t < returns.length; t++) {
            ReturnState next = ReturnState.of(returns[t], threshold);
            counts[previous.ordinal()][next.ordinal()]++;
            previous = next;
        }
        return Optional.of(new MarkovChain(threshold, counts, previous));
    }

    /** How many transitions left state {@code from}. */
    public long departures(ReturnState from) {
        return Arrays.stream(counts[from.ordinal()]).sum();
    }

    /** P(next = {@code to} | now = {@code from}); empty when {@code from} was never left. */
    public Optional<Double> probability(ReturnState from, ReturnState to) {
        long out = departures(from);
        return out == 0 ? Optional.empty() : Optional.of((double) counts[from.ordinal()][to.ordinal()] / out);
    }

    /** The probability of an adverse (DOWN) next return for a long position, from the current state. */
    public Optional<Double> adverseProbability() {
        return probability(current, ReturnState.DOWN);
    }

    /** How many transitions were counted. */
    public long transitions() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkovChain m && Double.compare(threshold, m.threshold) == 0
                && Arrays.deepEquals(counts, m.counts) && current == m.current;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts) * 31 + current.hashCode();
    }

    @Override
    public String toString() {
        return "MarkovChain[threshold=" + threshold + ", counts=" + Arrays.deepToString(counts) + ", current=" + current + "]";
    }
}
