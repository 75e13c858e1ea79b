package io.tradebot.screener.fundamental.rest;

/**
 * The models worked out the textbook way, independently of the service's OLS and Markov code: the one-lag
 * regression in closed form (slope = Σ dx·dy / Σ dx², intercept = ȳ − slope·x̄) and the Markov chain's
 * P(DOWN next | the last return's state) by counting.
 */
final class ClosedForm {

    private ClosedForm() {
    }

    /** {intercept, slope, predicted next return, P(down next | last state)} of {@code r} with flat band ±band·σ. */
    static double[] models(double[] r, double band) {
        int n = r.length;
        double mx = 0;
        double my = 0;
        for (int k = 1; k < n; k++) {
            mx += r[k - 1];
            my += r[k];
        }
        mx /= n - 1;
        my /= n - 1;
        double sxy = 0;
        double sxx = 0;
        for (int k = 1; k < n; k++) {
            sxy += (r[k - 1] - mx) * (r[k] - my);
            sxx += (r[k - 1] - mx) * (r[k - 1] - mx);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double mean = 0;
        for (double v : r) {
            mean += v;
        }
        mean /= n;
        double squares = 0;
        for (double v : r) {
            squares += (v - mean) * (v - mean);
        }
        double threshold = band * Math.sqrt(squares / n);
        int last = state(r[n - 1], threshold);
        int from = 0;
        int down = 0;
        for (int k = 1; k < n; k++) {
            if (state(r[k - 1], threshold) == last) {
                from++;
                down += state(r[k], threshold) == -1 ? 1 : 0;
            }
        }
        return new double[] { intercept, slope, intercept + slope * r[n - 1], (double) down / from };
    }

    private static int state(double r, double threshold) {
        return r < -threshold ? -1 : r > threshold ? 1 : 0;
    }
}
