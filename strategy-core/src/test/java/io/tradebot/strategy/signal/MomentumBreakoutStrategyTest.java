package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.signal.Harness.Signal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MomentumBreakoutStrategyTest {

    @ParameterizedTest(name = "{0} lookback {1}, volume x{2}, exit {3}")
    @CsvSource({"AAPL, 20, 1.5, 10", "AMD, 20, 1.5, 10", "AAPL, 55, 1.2, 20", "AMD, 10, 2.0, 5"})
    void buysPriceAndVolumeBreakoutsAndSellsBreakdownsExactlyWhereTheLoopsSaySo(String symbol, int lookback,
            double volumeFactor, int exitLookback) {
        TestBars bars = TestBars.daily(symbol);
        MomentumBreakoutConfig config = new MomentumBreakoutConfig(lookback, volumeFactor, exitLookback,
                EntryRules.DEFAULTS);

        List<Signal> signals = Harness.run(new MomentumBreakoutStrategy(config), bars);

        assertThat(Harness.briefs(signals)).isEqualTo(expected(bars, lookback, volumeFactor, exitLookback));
        assertThat(signals).hasSizeGreaterThan(4);
    }

    @Test
    void aPriceBreakoutWithoutTheVolumeIsNotBought() {
        TestBars bars = TestBars.daily("AAPL");
        double[] high = bars.high();
        int priceOnly = 0;
        for (int i = 20; i < bars.size(); i++) {
            if (bars.close()[i] > Reference.maxBefore(high, i, 20)
                    && !(bars.volume()[i] > 1.5 * Reference.meanBefore(bars.volume(), i, 20))) {
                priceOnly++;
            }
        }
        List<String> withoutVolume = expected(bars, 20, 0, 10);
        List<String> withVolume = expected(bars, 20, 1.5, 10);

        assertThat(priceOnly).as("price-only breakouts in the data").isGreaterThan(10);
        assertThat(Harness.briefs(Harness.run(new MomentumBreakoutStrategy(MomentumBreakoutConfig.DEFAULTS), bars)))
                .isEqualTo(withVolume).isNotEqualTo(withoutVolume);
    }

    @ParameterizedTest
    @CsvSource({"AAPL", "AMD"})
    void entriesAreTenPercentOfEquityWithTheSeedsBracket(String symbol) {
        TestBars bars = TestBars.daily(symbol);

        List<Signal> entries = Harness.run(new MomentumBreakoutStrategy(MomentumBreakoutConfig.DEFAULTS), bars)
                .stream().filter(signal -> signal.intent().action() == IntentAction.ENTER_LONG).toList();

        assertThat(entries).isNotEmpty().allSatisfy(signal -> EntryChecks.assertDefaultEntry(signal, bars));
    }

    private static List<String> expected(TestBars bars, int lookback, double volumeFactor, int exitLookback) {
        List<String> expected = new ArrayList<>();
        boolean holding = false;
        for (int i = 0; i < bars.size(); i++) {
            double close = bars.close()[i];
            boolean breakout = close > Reference.maxBefore(bars.high(), i, lookback)
                    && bars.volume()[i] > volumeFactor * Reference.meanBefore(bars.volume(), i, lookback);
            boolean breakdown = close < Reference.minBefore(bars.low(), i, exitLookback);
            if (!holding && breakout) {
                expected.add(i + " ENTER_LONG");
                holding = true;
            } else if (holding && breakdown) {
                expected.add(i + " EXIT_LONG");
                holding = false;
            }
        }
        return expected;
    }
}
