package io.tradebot.strategy.signal;

import java.util.Arrays;

/**
 * Independent reference: the indicators the strategies use, written as plain double loops over arrays, with no ta4j
 * and nothing shared with the strategies. NaN marks a bar where a value is not defined.
 */
final class Reference {

    private Reference() {
    }

    static double[] undefined(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    static double[] sma(double[] x, int n) {
        double[] out = undefined(x.length);
        for (int i = n - 1; i < x.length; i++) {
            double sum = 0;
            for (int j = i - n + 1; j <= i; j++) {
                sum += x[j];
            }
            out[i] = sum / n;
        }
        return out;
    }

    /** EMA seeded with the mean of the first n defined inputs, then k x + (1 - k) prev, k = 2 / (n + 1). */
    static double[] ema(double[] x, int n) {
        int first = 0;
        while (first < x.length && Double.isNaN(x[first])) {
            first++;
        }
        double[] out = undefined(x.length);
        int seed = first + n - 1;
        if (seed >= x.length) {
            return out;
        }
        double sum = 0;
        for (int j = first; j <= seed; j++) {
            sum += x[j];
        }
        out[seed] = sum / n;
        double k = 2.0 / (n + 1);
        for (int i = seed + 1; i < x.length; i++) {
            out[i] = k * x[i] + (1 - k) * out[i - 1];
        }
        return out;
    }

    /** {MACD line, signal line}. */
    static double[][] macd(double[] close, int fast, int slow, int signal) {
        double[] f = ema(close, fast);
        double[] s = ema(close, slow);
        double[] line = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            line[i] = f[i] - s[i];
        }
        return new double[][] {line, ema(line, signal)};
    }

    /** Wilder's RSI: averages of the first n changes, then (prev (n - 1) + current) / n; 100 without losses. */
    static double[] rsi(double[] close, int n) {
        double[] out = undefined(close.length);
        double gain = 0;
        double loss = 0;
        for (int i = 1; i < close.length; i++) {
            double change = close[i] - close[i - 1];
            double up = Math.max(change, 0);
            double down = Math.max(-change, 0);
            if (i < n) {
                gain += up;
                loss += down;
            } else if (i == n) {
                gain = (gain + up) / n;
                loss = (loss + down) / n;
            } else {
                gain = (gain * (n - 1) + up) / n;
                loss = (loss * (n - 1) + down) / n;
            }
            if (i >= n) {
                out[i] = loss == 0 ? (gain == 0 ? 50 : 100) : 100 - 100 / (1 + gain / loss);
            }
        }
        return out;
    }

    /** Session VWAP of typical price; {@code sessionStart[i]} restarts the sums. */
    static double[] sessionVwap(TestBars bars, boolean[] sessionStart) {
        double[] out = new double[bars.size()];
        double priceVolume = 0;
        double volume = 0;
        for (int i = 0; i < bars.size(); i++) {
            if (sessionStart[i]) {
                priceVolume = 0;
                volume = 0;
            }
            double typical = (bars.high()[i] + bars.low()[i] + bars.close()[i]) / 3;
            priceVolume += typical * bars.volume()[i];
            volume += bars.volume()[i];
            out[i] = volume == 0 ? Double.NaN : priceVolume / volume;
        }
        return out;
    }

    /** Highest of x[i - n .. i - 1] (the n bars before i); NaN before bar n. */
    static double maxBefore(double[] x, int i, int n) {
        if (i < n) {
            return Double.NaN;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = i - n; j < i; j++) {
            max = Math.max(max, x[j]);
        }
        return max;
    }

    /** Lowest of x[i - n .. i - 1]; NaN before bar n. */
    static double minBefore(double[] x, int i, int n) {
        if (i < n) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        for (int j = i - n; j < i; j++) {
            min = Math.min(min, x[j]);
        }
        return min;
    }

    /** Mean of x[i - n .. i - 1]; NaN before bar n. */
    static double meanBefore(double[] x, int i, int n) {
        if (i < n) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j = i - n; j < i; j++) {
            sum += x[j];
        }
        return sum / n;
    }
}
