package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.signal.Harness.Signal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaCrossoverStrategyTest {

    @ParameterizedTest(name = "{0} SMA({1}) x SMA({2})")
    @CsvSource({"AAPL, 20, 50", "AMD, 20, 50", "AAPL, 5, 15", "AMD, 10, 30"})
    void signalsExactlyWhereTheFastSmaCrossesTheSlowOne(String symbol, int fast, int slow) {
        TestBars bars = TestBars.daily(symbol);
        MaCrossoverConfig config = new MaCrossoverConfig(fast, slow, EntryRules.DEFAULTS);

        List<Signal> signals = Harness.run(new MaCrossoverStrategy(config), bars);

        assertThat(Harness.briefs(signals)).isEqualTo(crossings(bars, fast, slow));
        assertThat(signals).hasSizeGreaterThan(10);
        assertThat(signals.getFirst().index()).isGreaterThanOrEqualTo(new MaCrossoverStrategy(config).warmUpBars());
    }

    @ParameterizedTest
    @CsvSource({"AAPL", "AMD"})
    void entriesAreTenPercentOfEquityWithTheSeedsBracket(String symbol) {
        TestBars bars = TestBars.daily(symbol);

        List<Signal> entries = Harness.run(new MaCrossoverStrategy(MaCrossoverConfig.DEFAULTS), bars).stream()
                .filter(signal -> signal.intent().action() == IntentAction.ENTER_LONG).toList();

        assertThat(entries).isNotEmpty().allSatisfy(signal -> EntryChecks.assertDefaultEntry(signal, bars));
    }

    /** Long only: enter on a cross above while flat, leave on a cross below while long. */
    static List<String> crossings(TestBars bars, int fast, int slow) {
        double[] f = Reference.sma(bars.close(), fast);
        double[] s = Reference.sma(bars.close(), slow);
        List<String> expected = new ArrayList<>();
        boolean holding = false;
        for (int i = 1; i < bars.size(); i++) {
            boolean above = f[i - 1] <= s[i - 1] && f[i] > s[i];
            boolean below = f[i - 1] >= s[i - 1] && f[i] < s[i];
            if (!holding && above) {
                expected.add(i + " ENTER_LONG");
                holding = true;
            } else if (holding && below) {
                expected.add(i + " EXIT_LONG");
                holding = false;
            }
        }
        return expected;
    }
}
