package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.signal.Harness.Signal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RsiMeanReversionStrategyTest {

    @ParameterizedTest(name = "{0} RSI({1}) {2}/{3}")
    @CsvSource({"AAPL, 14, 30, 70", "AMD, 14, 30, 70", "AAPL, 7, 25, 75", "AMD, 21, 40, 60"})
    void buysOversoldAndSellsOverboughtClosesExactlyWhereWildersRsiSaysSo(String symbol, int period, double oversold,
            double overbought) {
        TestBars bars = TestBars.daily(symbol);
        RsiMeanReversionConfig config = new RsiMeanReversionConfig(period, oversold, overbought, EntryRules.DEFAULTS);

        List<Signal> signals = Harness.run(new RsiMeanReversionStrategy(config), bars);

        assertThat(Harness.briefs(signals)).isEqualTo(expected(bars, period, oversold, overbought));
        assertThat(signals).hasSizeGreaterThan(4);
        assertThat(signals.getFirst().index()).isGreaterThanOrEqualTo(period);
    }

    @ParameterizedTest
    @CsvSource({"AAPL", "AMD"})
    void entriesAreTenPercentOfEquityWithTheSeedsBracket(String symbol) {
        TestBars bars = TestBars.daily(symbol);

        List<Signal> entries = Harness.run(new RsiMeanReversionStrategy(RsiMeanReversionConfig.DEFAULTS), bars)
                .stream().filter(signal -> signal.intent().action() == IntentAction.ENTER_LONG).toList();

        assertThat(entries).isNotEmpty().allSatisfy(signal -> EntryChecks.assertDefaultEntry(signal, bars));
    }

    private static List<String> expected(TestBars bars, int period, double oversold, double overbought) {
        double[] rsi = Reference.rsi(bars.close(), period);
        List<String> expected = new ArrayList<>();
        boolean holding = false;
        for (int i = 0; i < bars.size(); i++) {
            if (!holding && rsi[i] < oversold) {
                expected.add(i + " ENTER_LONG");
                holding = true;
            } else if (holding && rsi[i] > overbought) {
                expected.add(i + " EXIT_LONG");
                holding = false;
            }
        }
        return expected;
    }
}
