package io.tradebot.strategy.incremental;

/**
 * Wilder's RSI(n) one close at a time, as {@code Indicators.rsi}: averages of gains and losses seeded with the mean
 * of the first n changes, then weight 1/n; 100 when there are no losses, 50 when there is no change at all; NaN
 * until the n-th change.
 */
public final class IncrementalRsi {

    private final IncrementalEma gains;
    private final IncrementalEma losses;
    private double previous = Double.NaN;
    private double value = Double.NaN;

    public IncrementalRsi(int period) {
        this.gains = IncrementalEma.wilder(period);
        this.losses = IncrementalEma.wilder(period);
    }

    /** Takes the next close and returns the RSI. */
    public double update(double close) {
        if (Double.isNaN(previous)) {
            previous = close;
            return value;
        }
        double gain = close > previous ? close - previous : 0;
        double loss = close < previous ? previous - close : 0;
        previous = close;
        double averageGain = gains.update(gain);
        double averageLoss = losses.update(loss);
        if (!losses.ready()) {
            return value;
        }
        if (averageLoss == 0) {
            value = averageGain == 0 ? 50 : 100;
        } else {
            value = 100 - 100 / (1 + averageGain / averageLoss);
        }
        return value;
    }

    public double value() {
        return value;
    }
}
