package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.signal.Harness.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacdVwapStrategyTest {

    private static final TestBars SPY = TestBars.spyMinutes().regularSession();

    @ParameterizedTest(name = "MACD({0},{1},{2}), flat {3} min before the close")
    @CsvSource({"12, 26, 9, 15", "12, 26, 9, 60", "5, 35, 5, 1"})
    void signalsExactlyWhereMacdCrossesItsSignalOnTheRightSideOfSessionVwap(int fast, int slow, int signal,
            int flatMinutes) {
        MacdVwapConfig config = new MacdVwapConfig(fast, slow, signal, flatMinutes, MacdVwapConfig.ENTRY_DEFAULTS);

        List<Signal> signals = Harness.run(new MacdVwapStrategy(config), SPY);

        List<String> actual = Harness.briefs(signals);
        assertThat(actual).isEqualTo(expected(SPY, fast, slow, signal, flatMinutes));
        assertThat(actual).anyMatch(s -> s.endsWith("ENTER_LONG")).anyMatch(s -> s.endsWith("ENTER_SHORT"))
                .anyMatch(s -> s.endsWith("EXIT_LONG")).anyMatch(s -> s.endsWith("EXIT_SHORT"));
    }

    @Test
    void isFlatAtEverySessionsEndAndEntersNothingInTheLastMinutes() {
        List<Signal> signals = Harness.run(new MacdVwapStrategy(MacdVwapConfig.DEFAULTS), SPY);

        Map<LocalDate, Integer> positionAtDayEnd = new LinkedHashMap<>();
        int position = 0;
        int sessionEndExits = 0;
        for (Signal signal : signals) {
            Bar bar = SPY.bars().get(signal.index());
            boolean lastMinutes = !bar.end().isBefore(close(bar).minusSeconds(15 * 60));
            assertThat(lastMinutes && signal.intent().action().opens()).as(signal.intent().id()).isFalse();
            if (lastMinutes) {
                sessionEndExits++;
                assertThat(signal.intent().reason()).isEqualTo("flat 15 minutes before the close");
            }
            position += signal.intent().signedQuantity().signum();
            positionAtDayEnd.put(SPY.date(signal.index()), position);
        }

        assertThat(positionAtDayEnd).hasSizeGreaterThan(15).allSatisfy((day, held) -> assertThat(held).as("%s", day)
                .isZero());
        assertThat(sessionEndExits).as("positions closed for the session's end").isGreaterThan(3);
    }

    @Test
    void ignoresBarsOutsideTheRegularSession() {
        TestBars all = TestBars.spyMinutes();
        assertThat(all.size()).isGreaterThan(SPY.size());

        List<TradeIntent> fromAll = Harness.run(new MacdVwapStrategy(MacdVwapConfig.DEFAULTS), all).stream()
                .map(Signal::intent).toList();
        List<TradeIntent> fromSession = Harness.run(new MacdVwapStrategy(MacdVwapConfig.DEFAULTS), SPY).stream()
                .map(Signal::intent).toList();

        assertThat(fromAll).isEqualTo(fromSession);
    }

    @Test
    void entriesAreTenPercentOfEquityWithAHalfPercentStopAndAOnePercentTarget() {
        List<Signal> entries = Harness.run(new MacdVwapStrategy(MacdVwapConfig.DEFAULTS), SPY).stream()
                .filter(signal -> signal.intent().action().opens()).toList();

        assertThat(entries).isNotEmpty().allSatisfy(signal -> {
            TradeIntent intent = signal.intent();
            double close = SPY.close()[signal.index()];
            boolean isLong = intent.action() == IntentAction.ENTER_LONG;
            assertThat(intent.quantity().intValue()).isEqualTo((int) Math.floor(10_000 / close));
            assertThat(intent.bracket().stopLoss().doubleValue())
                    .isCloseTo(close * (isLong ? 0.995 : 1.005), org.assertj.core.data.Offset.offset(0.005 + 1e-9));
            assertThat(intent.bracket().takeProfit().doubleValue())
                    .isCloseTo(close * (isLong ? 1.01 : 0.99), org.assertj.core.data.Offset.offset(0.005 + 1e-9));
        });
    }

    private static Instant close(Bar bar) {
        return bar.start().atZone(TestBars.NEW_YORK).toLocalDate().atTime(LocalTime.of(16, 0))
                .atZone(TestBars.NEW_YORK).toInstant();
    }

    /** The rules as loops: 1 long, -1 short, 0 flat; an opposite cross exits and may reverse. */
    private static List<String> expected(TestBars bars, int fast, int slow, int signal, int flatMinutes) {
        double[][] macd = Reference.macd(bars.close(), fast, slow, signal);
        boolean[] sessionStart = new boolean[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            sessionStart[i] = i == 0 || !bars.date(i).equals(bars.date(i - 1));
        }
        double[] vwap = Reference.sessionVwap(bars, sessionStart);
        List<String> expected = new ArrayList<>();
        int held = 0;
        for (int i = 1; i < bars.size(); i++) {
            Bar bar = bars.bars().get(i);
            if (!bar.end().isBefore(close(bar).minusSeconds(60L * flatMinutes))) {
                if (held != 0) {
                    expected.add(i + (held > 0 ? " EXIT_LONG" : " EXIT_SHORT"));
                    held = 0;
                }
                continue;
            }
            double before = macd[0][i - 1] - macd[1][i - 1];
            double now = macd[0][i] - macd[1][i];
            boolean up = before <= 0 && now > 0;
            boolean down = before >= 0 && now < 0;
            if (held > 0 && down || held < 0 && up) {
                expected.add(i + (held > 0 ? " EXIT_LONG" : " EXIT_SHORT"));
                held = 0;
            }
            if (held == 0 && up && bars.close()[i] > vwap[i]) {
                expected.add(i + " ENTER_LONG");
                held = 1;
            } else if (held == 0 && down && bars.close()[i] < vwap[i]) {
                expected.add(i + " ENTER_SHORT");
                held = -1;
            }
        }
        return expected;
    }
}
