package io.tradebot.strategy.indicator;

import java.util.Arrays;

/**
 * Independent reference: each indicator as the textbook writes it, in plain double loops over arrays, with no
 * ta4j and no code shared with the implementation. NaN marks a bar where the indicator is not yet defined.
 */
final class Textbook {

    private Textbook() {
    }

    static double[] undefined(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    /** Mean of x[i-n+1..i], summed afresh for every bar. */
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

    /** StockCharts: the first EMA is the SMA of the first n defined inputs, then k x + (1 - k) EMA(prev), k = 2/(n+1). */
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

    static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    /** {line, signal, histogram}. */
    static double[][] macd(double[] close, int shortN, int longN, int signalN) {
        double[] line = minus(ema(close, shortN), ema(close, longN));
        double[] signal = ema(line, signalN);
        return new double[][] {line, signal, minus(line, signal)};
    }

    /** Wilder: first averages = mean of changes 1..n; then (prev (n - 1) + current) / n. */
    static double[] rsi(double[] close, int n) {
        double[] out = undefined(close.length);
        double gain = 0;
        double loss = 0;
        for (int i = 1; i < close.length; i++) {
            double change = close[i] - close[i - 1];
            double up = Math.max(change, 0);
            double down = Math.max(-change, 0);
            if (i <= n) {
                gain += up / n;
                loss += down / n;
            } else {
                gain = (gain * (n - 1) + up) / n;
                loss = (loss * (n - 1) + down) / n;
            }
            if (i >= n) {
                out[i] = loss == 0 ? (gain == 0 ? 50 : 100) : 100 * gain / (gain + loss);
            }
        }
        return out;
    }

    /** Population sigma of x[i-n+1..i], two passes. */
    static double[] populationSigma(double[] x, int n) {
        double[] out = undefined(x.length);
        for (int i = n - 1; i < x.length; i++) {
            double mean = 0;
            for (int j = i - n + 1; j <= i; j++) {
                mean += x[j];
            }
            mean /= n;
            double squares = 0;
            for (int j = i - n + 1; j <= i; j++) {
                squares += (x[j] - mean) * (x[j] - mean);
            }
            out[i] = Math.sqrt(squares / n);
        }
        return out;
    }

    /** {upper, middle, lower}. */
    static double[][] bollinger(double[] close, int n, double k) {
        double[] middle = sma(close, n);
        double[] sigma = populationSigma(close, n);
        double[] upper = new double[close.length];
        double[] lower = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            upper[i] = middle[i] + k * sigma[i];
            lower[i] = middle[i] - k * sigma[i];
        }
        return new double[][] {upper, middle, lower};
    }

    static double[] trueRange(double[] high, double[] low, double[] close) {
        double[] tr = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            tr[i] = i == 0 ? high[i] - low[i]
                    : Math.max(high[i] - low[i],
                            Math.max(Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
        }
        return tr;
    }

    /** StockCharts/Wilder: the first ATR is the mean of the first n true ranges, then (prev (n - 1) + TR) / n. */
    static double[] atr(double[] high, double[] low, double[] close, int n) {
        double[] tr = trueRange(high, low, close);
        double[] out = undefined(close.length);
        double sum = 0;
        for (int i = 0; i < close.length; i++) {
            if (i < n) {
                sum += tr[i];
                if (i == n - 1) {
                    out[i] = sum / n;
                }
            } else {
                out[i] = (out[i - 1] * (n - 1) + tr[i]) / n;
            }
        }
        return out;
    }

    static double[] obv(double[] close, double[] volume) {
        double[] out = new double[close.length];
        for (int i = 1; i < close.length; i++) {
            double sign = Math.signum(close[i] - close[i - 1]);
            out[i] = out[i - 1] + sign * volume[i];
        }
        return out;
    }

    /** Sum of typical price x volume over sum of volume since the last session start. */
    static double[] sessionVwap(double[] high, double[] low, double[] close, double[] volume, boolean[] starts) {
        double[] out = undefined(close.length);
        double priceVolume = 0;
        double totalVolume = 0;
        for (int i = 0; i < close.length; i++) {
            if (starts[i]) {
                priceVolume = 0;
                totalVolume = 0;
            }
            priceVolume += (high[i] + low[i] + close[i]) / 3 * volume[i];
            totalVolume += volume[i];
            if (totalVolume > 0) {
                out[i] = priceVolume / totalVolume;
            }
        }
        return out;
    }
}
