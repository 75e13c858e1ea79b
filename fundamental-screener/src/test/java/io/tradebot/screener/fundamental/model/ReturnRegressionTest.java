package io.tradebot.screener.fundamental.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReturnRegressionTest {

    @Test
    void oneLagMatchesTheClosedFormWorkedByHand() {
        // Pairs (r[t-1], r[t]): (.01, -.02), (-.02, .03), (.03, 0), (0, .01). Both means are .005;
        // Σ dx·dy = -.0009, Σ dx² = Σ dy² = .0013, so slope = -9/13, intercept = .005 · (1 + 9/13) = .11/13,
        // R² = .0009² / .0013² = 81/169, Σ ε² = .0013 · 88/169, and the next return = .11/13 - 9/13 · .01 = .02/13.
        double[] returns = { 0.01, -0.02, 0.03, 0.00, 0.01 };

        ReturnRegression fit = ReturnRegression.fit(returns, 1).orElseThrow();

        assertThat(fit.observations()).isEqualTo(4);
        assertThat(fit.coefficients()[0]).isCloseTo(0.11 / 13, within(1e-15));
        assertThat(fit.coefficients()[1]).isCloseTo(-9.0 / 13, within(1e-12));
        assertThat(fit.r2()).isCloseTo(81.0 / 169, within(1e-12));
        assertThat(fit.rmse()).isCloseTo(Math.sqrt(0.0013 * 88 / 169 / 4), within(1e-15));
        assertThat(fit.prediction()).isCloseTo(0.02 / 13, within(1e-15));
    }

    @Test
    void twoLagsRecoverTheCoefficientsOfANoiselessSeries() {
        double[] returns = new double[14];
        returns[0] = 0.01;
        returns[1] = -0.02;
        for (int t = 2; t < returns.length; t++) {
            returns[t] = 0.001 + 0.5 * returns[t - 1] - 0.25 * returns[t - 2];
        }

        ReturnRegression fit = ReturnRegression.fit(returns, 2).orElseThrow();

        assertThat(fit.coefficients()).containsExactly(new double[] { 0.001, 0.5, -0.25 }, within(1e-9));
        assertThat(fit.observations()).isEqualTo(12);
        assertThat(fit.r2()).isCloseTo(1, within(1e-9));
        assertThat(fit.rmse()).isCloseTo(0, within(1e-12));
        assertThat(fit.prediction()).isCloseTo(0.001 + 0.5 * returns[13] - 0.25 * returns[12], within(1e-12));
    }

    @Test
    void refusesTooFewObservationsAndReturnsThatDoNotVary() {
        assertThat(ReturnRegression.fit(new double[] { 0.01, 0.02, 0.03 }, 1)).isEmpty();
        assertThat(ReturnRegression.fit(new double[] { 0.01, 0.01, 0.01, 0.01, 0.01 }, 1)).isEmpty();
    }

    @Test
    void olsSolvesAnExactlyDeterminedSystem() {
        // y = 2 + 3·x1 - x2 through three points.
        double[][] x = { { 1, 0, 0 }, { 1, 1, 0 }, { 1, 0, 1 } };
        double[] y = { 2, 5, 1 };

        assertThat(Ols.fit(x, y).orElseThrow()).containsExactly(new double[] { 2, 3, -1 }, within(1e-12));
    }
}
