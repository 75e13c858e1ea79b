package io.tradebot.screener.fundamental.model;

import static io.tradebot.screener.fundamental.model.ReturnState.DOWN;
import static io.tradebot.screener.fundamental.model.ReturnState.FLAT;
import static io.tradebot.screener.fundamental.model.ReturnState.UP;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkovChainTest {

    @Test
    void countsTransitionsBetweenStatesAsWorkedByHand() {
        // θ = 1 %: states U D F U U D D F; transitions U→D, D→F, F→U, U→U, U→D, D→D, D→F.
        double[] returns = { 0.02, -0.015, 0.001, 0.03, 0.012, -0.02, -0.011, 0.005 };

        MarkovChain chain = MarkovChain.fit(returns, 0.01).orElseThrow();

        assertThat(chain.counts()).isDeepEqualTo(new long[][] {
                { 1, 2, 0 },   // from DOWN: to DOWN, FLAT, UP
                { 0, 0, 1 },   // from FLAT
                { 2, 0, 1 } }); // from UP
        assertThat(chain.transitions()).isEqualTo(7);
        assertThat(chain.current()).isEqualTo(FLAT);
        assertThat(chain.probability(UP, DOWN)).contains(2.0 / 3);
        assertThat(chain.probability(DOWN, FLAT)).contains(2.0 / 3);
        assertThat(chain.adverseProbability()).contains(0.0);
    }

    @Test
    void theAdverseProbabilityIsFromTheLastReturnsState() {
        MarkovChain chain = MarkovChain.fit(new double[] { 0.02, -0.02, 0.02, 0.02, -0.02, 0.03 }, 0.01).orElseThrow();

        // U→D, D→U, U→U, U→D, D→U: from UP, 2 of 3 went DOWN; the last return is UP.
        assertThat(chain.current()).isEqualTo(UP);
        assertThat(chain.adverseProbability()).contains(2.0 / 3);
    }

    @Test
    void aStateNeverLeftHasNoProbabilities() {
        MarkovChain chain = MarkovChain.fit(new double[] { 0.0, 0.0, 0.05 }, 0.01).orElseThrow();

        assertThat(chain.current()).isEqualTo(UP);
        assertThat(chain.departures(UP)).isZero();
        assertThat(chain.adverseProbability()).isEmpty();
    }

    @Test
    void theFlatBandsEdgesAreFlat() {
        assertThat(ReturnState.of(0.01, 0.01)).isEqualTo(FLAT);
        assertThat(ReturnState.of(-0.01, 0.01)).isEqualTo(FLAT);
        assertThat(ReturnState.of(0.0100001, 0.01)).isEqualTo(UP);
        assertThat(ReturnState.of(-0.0100001, 0.01)).isEqualTo(DOWN);
        assertThat(MarkovChain.fit(new double[] { 0.01 }, 0.01)).isEmpty();
    }
}
