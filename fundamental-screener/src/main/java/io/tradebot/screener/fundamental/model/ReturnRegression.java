package io.tradebot.screener.fundamental.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * An autoregression of returns fitted by OLS: r_t = β₀ + β₁ r_{t−1} + … + β_p r_{t−p} + ε, over every t
 * with p returns before it. Its prediction is the next return after the last one given.
 *
 * @param lags         p
 * @param coefficients β₀ (intercept) then β₁ … β_p
 * @param observations how many t the fit used (returns − p)
 * @param r2           1 − Σ ε² / Σ (r_t − mean)², in sample
 * @param rmse         √(Σ ε² / observations), in sample
 * @param prediction   β₀ + Σ β_k r_{n+1−k}: the return expected after the last one
 */
public record ReturnRegression(int lags, double[] coefficients, int observations, double r2, double rmse,
        double prediction) {

    /**
     * Fits {@code returns} (oldest first). Empty when there are fewer than p + 2 observations, or the
     * lagged returns are collinear (e.g. constant).
     */
    public static Optional<ReturnRegression> fit(double[] returns, int lags) {
        if (lags < 1) {
            throw new IllegalArgumentException("lags must be at least 1, was " + lags);
        }
        int n = returns.length - lags;
        if (n < lags + 2) {
            return Optional.empty();
        }
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int t = lags; t < returns.length; t++) {
            x[t - lags] = row(returns, t, lags);
            y[t - lags] = returns[t];
        }
        return Ols.fit(x, y).map(beta -> fitted(returns, lags, x, y, beta));
    }

    private static ReturnRegression fitted(double[] returns, int lags, double[][] x, double[] y, double[] beta) {
        double mean = Arrays.stream(y).average().orElseThrow();
        double residuals = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - dot(beta, x[i]);
            residuals += e * e;
            total += (y[i] - mean) * (y[i] - mean);
        }
        double r2 = total > 0 ? 1 - residuals / total : 0;
        double prediction = dot(beta, row(returns, returns.length, lags));
        return new ReturnRegression(lags, beta, y.length, r2, Math.sqrt(residuals / y.length), prediction);
    }

    /** [1, r_{t−1}, …, r_{t−p}]. */
    private static double[] row(double[] returns, int t, int lags) {
        double[] row = new double[lags + 1];
        row[0] = 1;
        for (int k = 1; k <= lags; k++) {
            row[k] = returns[t - k];
        }
        return row;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReturnRegression r && lags == r.lags && Arrays.equals(coefficients, r.coefficients)
                && observations == r.observations && Double.compare(r2, r.r2) == 0 && Double.compare(rmse, r.rmse) == 0
                && Double.compare(prediction, r.prediction) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients) * 31 + Double.hashCode(prediction);
    }

    @Override
    public String toString() {
        return "ReturnRegression[lags=" + lags + ", coefficients=" + Arrays.toString(coefficients) + ", observations="
                + observations + ", r2=" + r2 + ", rmse=" + rmse + ", prediction=" + prediction + "]";
    }
}
