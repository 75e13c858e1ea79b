package io.tradebot.strategy.incremental;

/**
 * MACD(fast, slow, signal) one close at a time: line = EMA(fast) − EMA(slow) from the slow EMA's seed on; signal =
 * EMA(signal) of the line seeded with the mean of its first {@code signal} values; histogram = line − signal. NaN
 * while warming up, like {@code Indicators.macd}.
 */
public final class IncrementalMacd {

    private final IncrementalEma fast;
    private final IncrementalEma slow;
    private final IncrementalEma signal;
    private double line = Double.NaN;
    private double signalValue = Double.NaN;

    public IncrementalMacd(int fast, int slow, int signal) {
        if (fast >= slow) {
            throw new IllegalArgumentException("the fast period must be shorter than the slow one");
        }
        this.fast = IncrementalEma.ema(fast);
        this.slow = IncrementalEma.ema(slow);
        this.signal = IncrementalEma.ema(signal);
    }

    /** Takes the next close. */
    public void update(double close) {
        double fastValue = fast.update(close);
        double slowValue = slow.update(close);
        if (slow.ready()) {
            line = fastValue - slowValue;
            signalValue = signal.update(line);
        }
    }

    public double line() {
        return line;
    }

    public double signal() {
        return signalValue;
    }

    public double histogram() {
        return line - signalValue;
    }
}
