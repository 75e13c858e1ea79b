package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.signal.Harness.Signal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundamentalStrategyTest {

    private static final TestBars AAPL = TestBars.daily("AAPL");

    @ParameterizedTest(name = "time stop {0}, min score {1}")
    @CsvSource({"5, 0", "1, 0", "10, 3"})
    void entersTodaysCandidatesAndSellsAfterTheTimeStop(int timeStopDays, String minScore) {
        FundamentalConfig config = new FundamentalConfig(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TWO,
                BigDecimal.valueOf(5), timeStopDays, new BigDecimal(minScore));

        List<Signal> signals = Harness.run(new FundamentalStrategy(config), AAPL, FundamentalStrategyTest::gainer);

        assertThat(Harness.briefs(signals)).isEqualTo(expected(timeStopDays, Double.parseDouble(minScore)));
        assertThat(signals).hasSizeGreaterThan(10);
        assertThat(signals).filteredOn(s -> !s.intent().action().opens())
                .allSatisfy(s -> assertThat(s.intent().reason()).isEqualTo("time stop: held " + timeStopDays + " sessions"));
    }

    @Test
    void ignoresACandidateForAnotherDay() {
        IntFunction<Candidate> yesterdays = i -> i > 0 && gainer(i - 1) != null ? gainer(i - 1) : null;

        List<Signal> signals = Harness.run(new FundamentalStrategy(FundamentalConfig.DEFAULTS), AAPL, yesterdays);

        assertThat(signals).isEmpty();
    }

    @Test
    void sizesByRiskPercentOfEquityToTheStop() {
        // AAPL 2013-02-11 closed at 68.5614: stop 2% below = 67.190172 -> 67.19, target 5% above = 71.98947 -> 71.99.
        // Risk per share 68.5614 - 67.19 = 1.3714; 0.1% of 100,000 = 100 / 1.3714 = 72.9 -> 72 shares (cap 145.85 -> 145).
        FundamentalConfig config = new FundamentalConfig(new BigDecimal("0.1"), BigDecimal.TEN, BigDecimal.TWO,
                BigDecimal.valueOf(5), 5, BigDecimal.ZERO);

        TradeIntent entry = enterOnSecondBar(config);

        assertThat(entry.quantity()).isEqualByComparingTo("72");
        assertThat(entry.bracket()).isEqualTo(new Bracket(new BigDecimal("67.19"), new BigDecimal("71.99")));
        assertThat(entry.id()).isEqualTo("fundamental:AAPL:20130211T050000Z:ENTER_LONG");
    }

    @Test
    void capsTheSizeAtTheMaximumPositionShareOfEquity() {
        // 1% of 100,000 = 1,000 / 1.3714 = 729 shares by risk, but 10% of equity buys only 10,000 / 68.5614 = 145.
        TradeIntent entry = enterOnSecondBar(FundamentalConfig.DEFAULTS);

        assertThat(entry.quantity()).isEqualByComparingTo("145");
    }

    private static TradeIntent enterOnSecondBar(FundamentalConfig config) {
        SymbolStrategy run = new FundamentalStrategy(config).forSymbol("AAPL");
        Bar first = AAPL.bars().get(0);
        Bar second = AAPL.bars().get(1);
        assertThat(run.onBar(BarEvent.of("AAPL", first, Position.FLAT, Harness.EQUITY))).isEmpty();
        List<TradeIntent> intents = run.onBar(new BarEvent("AAPL", second, Position.FLAT, Harness.EQUITY,
                new Candidate(AAPL.date(1), new BigDecimal("1.04"))));
        assertThat(intents).hasSize(1);
        return intents.getFirst();
    }

    /** The test's watchlist: a day AAPL closed at least 2% above the day before, scored by its % gain. */
    private static Candidate gainer(int i) {
        if (i == 0) {
            return null;
        }
        double gain = 100 * (AAPL.close()[i] / AAPL.close()[i - 1] - 1);
        return gain >= 2 ? new Candidate(AAPL.date(i), BigDecimal.valueOf(gain).setScale(4, RoundingMode.HALF_UP)) : null;
    }

    /** Enter a candidate's day while flat; the fill is the next bar, so the N-th session held is bar entry + N. */
    private static List<String> expected(int timeStopDays, double minScore) {
        List<String> expected = new ArrayList<>();
        int entry = -1;
        for (int i = 0; i < AAPL.size(); i++) {
            if (entry >= 0 && i > entry) {
                if (i - entry >= timeStopDays) {
                    expected.add(i + " EXIT_LONG");
                    entry = -1;
                }
                continue;
            }
            Candidate candidate = gainer(i);
            if (entry < 0 && candidate != null && candidate.score().doubleValue() >= minScore) {
                expected.add(i + " ENTER_LONG");
                entry = i;
            }
        }
        return expected;
    }
}
