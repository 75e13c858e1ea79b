package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.signal.Harness.Signal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MixedStrategyTest {

    @ParameterizedTest(name = "{0} quorum {1}")
    @CsvSource({"AAPL, 1", "AAPL, 2", "AAPL, 3", "AMD, 1", "AMD, 2", "AMD, 3"})
    void tradesExactlyWhereAQuorumOfTheThreeVotesAgrees(String symbol, int quorum) {
        TestBars bars = TestBars.daily(symbol);
        MixedConfig config = new MixedConfig(quorum, MaCrossoverConfig.DEFAULTS, RsiMeanReversionConfig.DEFAULTS,
                MomentumBreakoutConfig.DEFAULTS, EntryRules.DEFAULTS);

        List<Signal> signals = Harness.run(new MixedStrategy(config), bars);

        assertThat(Harness.briefs(signals)).isEqualTo(expected(bars, quorum));
    }

    @Test
    void aHigherQuorumTradesLessAndQuorumTwoStillTrades() {
        TestBars bars = TestBars.daily("AAPL");

        List<Integer> entries = new ArrayList<>();
        for (int quorum = 1; quorum <= 3; quorum++) {
            entries.add(expected(bars, quorum).stream().filter(s -> s.endsWith("ENTER_LONG")).toList().size());
        }

        assertThat(entries.get(0)).isGreaterThan(entries.get(1));
        assertThat(entries.get(1)).isGreaterThan(3).isGreaterThanOrEqualTo(entries.get(2));
    }

    @Test
    void theReasonNamesEveryVote() {
        List<Signal> signals = Harness.run(new MixedStrategy(MixedConfig.DEFAULTS), TestBars.daily("AAPL"));

        assertThat(signals.getFirst().intent().reason())
                .matches("[23] of 3 vote BUY \\(quorum 2\\): ma=(BUY|SELL|NONE) rsi=(BUY|SELL|NONE) momentum=(BUY|SELL|NONE)");
    }

    /** The votes at bar i: trend (fast SMA vs slow), RSI zone, breakout/breakdown, counted against the quorum. */
    private static List<String> expected(TestBars bars, int quorum) {
        double[] fast = Reference.sma(bars.close(), 20);
        double[] slow = Reference.sma(bars.close(), 50);
        double[] rsi = Reference.rsi(bars.close(), 14);
        List<String> expected = new ArrayList<>();
        boolean holding = false;
        for (int i = 0; i < bars.size(); i++) {
            double close = bars.close()[i];
            boolean breakout = close > Reference.maxBefore(bars.high(), i, 20)
                    && bars.volume()[i] > 1.5 * Reference.meanBefore(bars.volume(), i, 20);
            boolean breakdown = close < Reference.minBefore(bars.low(), i, 10);
            int buy = (fast[i] > slow[i] ? 1 : 0) + (rsi[i] < 30 ? 1 : 0) + (breakout ? 1 : 0);
            int sell = (fast[i] < slow[i] ? 1 : 0) + (rsi[i] > 70 ? 1 : 0) + (!breakout && breakdown ? 1 : 0);
            if (!holding && buy >= quorum) {
                expected.add(i + " ENTER_LONG");
                holding = true;
            } else if (holding && sell >= quorum) {
                expected.add(i + " EXIT_LONG");
                holding = false;
            }
        }
        return expected;
    }
}
