package io.tradebot.strategy.incremental;

/**
 * An exponential average one input at a time, seeded with the mean of its first {@code period} inputs, as
 * {@code Indicators.ema} (weight 2/(n+1)) and Wilder's smoothing (weight 1/n); NaN before the seed.
 */
public final class IncrementalEma {

    private final int period;
    private final double alpha;
    private int count;
    private double sum;
    private double value = Double.NaN;

    private IncrementalEma(int period, double alpha) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, was " + period);
        }
        this.period = period;
        this.alpha = alpha;
    }

    /** EMA(n): weight 2 / (n + 1). */
    public static IncrementalEma ema(int period) {
        return new IncrementalEma(period, 2.0 / (period + 1));
    }

    /** Wilder's smoothing (RSI, ATR): weight 1 / n. */
    public static IncrementalEma wilder(int period) {
        return new IncrementalEma(period, 1.0 / period);
    }

    /** Takes the next input and returns the average, NaN until {@code period} inputs were seen. */
    public double update(double input) {
        if (count < period) {
            sum += input;
            if (++count == period) {
                value = sum / period;
            }
            return value;
        }
        // The same operations in the same order as SeededAverage, so the doubles agree bit for bit.
        value = (input - value) * alpha + value;
        return value;
    }

    public double value() {
        return value;
    }

    public boolean ready() {
        return count >= period;
    }
}
