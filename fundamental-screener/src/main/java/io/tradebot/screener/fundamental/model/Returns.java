package io.tradebot.screener.fundamental.model;

import java.util.List;

/** Simple returns of a close series and their spread. */
public final class Returns {

    private Returns() {
    }

    /** c_t / c_{t−1} − 1 of consecutive closes, oldest first (one fewer than the closes). */
    public static double[] of(List<TimedClose> closes) {
        double[] returns = new double[Math.max(0, closes.size() - 1)];
        for (int t = 1; t < closes.size(); t++) {
            returns[t - 1] = closes.get(t).close() / closes.get(t - 1).close() - 1;
        }
        return returns;
    }

    /** The population standard deviation √(Σ (r − mean)² / n); 0 for fewer than one return. */
    public static double populationSigma(double[] returns) {
        if (returns.length == 0) {
            return 0;
        }
        double mean = 0;
        for (double r : returns) {
            mean += r;
        }
        mean /= returns.length;
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        return Math.sqrt(squares / returns.length);
    }
}
