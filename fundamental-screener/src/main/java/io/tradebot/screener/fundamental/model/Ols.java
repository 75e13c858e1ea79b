package io.tradebot.screener.fundamental.model;

import java.util.Optional;

/** Ordinary least squares: the β that minimises Σ (y − Xβ)², from the normal equations XᵀX β = Xᵀy. */
public final class Ols {

    private static final double SINGULAR = 1e-12;

    private Ols() {
    }

    /**
     * The coefficients of {@code y} on the columns of {@code x} (rows are observations; put a column of
     * ones in {@code x} for an intercept). Empty when XᵀX is singular (a constant or repeated column).
     */
    public static Optional<double[]> fit(double[][] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need as many rows as observations, and at least one: " + x.length
                    + " rows, " + y.length + " observations");
        }
        int k = x[0].length;
        double[][] a = new double[k][k + 1];
        for (int row = 0; row < x.length; row++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    a[i][j] += x[row][i] * x[row][j];
                }
                a[i][k] += x[row][i] * y[row];
            }
        }
        return solve(a);
    }

    /** Gauss-Jordan elimination with partial pivoting on the augmented k × (k + 1) matrix. */
    private static Optional<double[]> solve(double[][] a) {
        int k = a.length;
        double scale = 0;
        for (double[] row : a) {
            for (int j = 0; j < k; j++) {
                scale = Math.max(scale, Math.abs(row[j]));
            }
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int row = col + 1; row < k; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (!(Math.abs(a[pivot][col]) > SINGULAR * scale)) {
                return Optional.empty();
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < k; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int j = col; j <= k; j++) {
                        a[row][j] -= factor * a[col][j];
                    }
                }
            }
        }
        double[] beta = new double[k];
        for (int i = 0; i < k; i++) {
            beta[i] = a[i][k] / a[i][i];
        }
        return Optional.of(beta);
    }
}
