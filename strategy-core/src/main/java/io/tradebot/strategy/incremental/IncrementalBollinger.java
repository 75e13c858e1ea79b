package io.tradebot.strategy.incremental;

/**
 * Bollinger Bands(n, k) one close at a time, as {@code Indicators.bollinger}: middle = mean of the last n closes,
 * upper/lower = middle ± k population standard deviations. The window's sums are taken afresh each bar (O(n), n
 * multiply-adds over a ring buffer) rather than kept running: a running sum of squares cancels catastrophically for
 * prices far above their spread. NaN until the window is full.
 */
public final class IncrementalBollinger {

    private final double[] window;
    private final double width;
    private int next;
    private int count;
    private double middle = Double.NaN;
    private double deviation = Double.NaN;

    public IncrementalBollinger(int period, double width) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, was " + period);
        }
        this.window = new double[period];
        this.width = width;
    }

    /** Takes the next close. */
    public void update(double close) {
        window[next] = close;
        next = next + 1 == window.length ? 0 : next + 1;
        if (count < window.length && ++count < window.length) {
            return;
        }
        // Oldest first, the order the ta4j-based window sums in.
        double sum = 0;
        for (int k = 0, j = next; k < window.length; k++, j = j + 1 == window.length ? 0 : j + 1) {
            sum += window[j];
        }
        double mean = sum / window.length;
        double squares = 0;
        for (int k = 0, j = next; k < window.length; k++, j = j + 1 == window.length ? 0 : j + 1) {
            double d = window[j] - mean;
            squares += d * d;
        }
        middle = mean;
        deviation = Math.sqrt(squares / window.length);
    }

    public double middle() {
        return middle;
    }

    public double upper() {
        return middle + deviation * width;
    }

    public double lower() {
        return middle - deviation * width;
    }
}
