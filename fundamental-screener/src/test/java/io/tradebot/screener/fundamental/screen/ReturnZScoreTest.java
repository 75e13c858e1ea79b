package io.tradebot.screener.fundamental.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnZScoreTest {

    private static final LocalDate MONDAY = LocalDate.parse("2024-03-04");

    @Test
    void comparesTheDaysReturnWithThePopulationSigmaOfTheNReturnsBeforeIt() {
        // closes 100, 101, 100, 102 give the window's returns; 105 is the screened day.
        List<DailyClose> closes = closes("100", "101", "100", "102", "105");
        double r1 = 0.01;
        double r2 = 100.0 / 101 - 1;
        double r3 = 0.02;
        double mean = (r1 + r2 + r3) / 3;
        double sigma = Math.sqrt(((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean) + (r3 - mean) * (r3 - mean)) / 3);
        double today = 105.0 / 102 - 1;

        ReturnZScore z = ReturnZScore.of(closes, MONDAY.plusDays(4), 3).orElseThrow();

        assertThat(z.dayReturn()).isCloseTo(today, within(1e-15));
        assertThat(z.mean()).isCloseTo(mean, within(1e-15));
        assertThat(z.sigma()).isCloseTo(sigma, within(1e-15));
        assertThat(z.z()).isCloseTo((today - mean) / sigma, within(1e-12));
        assertThat(z.window()).isEqualTo(3);
        assertThat(z.windowStart()).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void ignoresClosesAfterTheScreenedDay() {
        List<DailyClose> withLater = closes("100", "101", "100", "102", "105", "300");

        ReturnZScore z = ReturnZScore.of(withLater, MONDAY.plusDays(4), 3).orElseThrow();

        assertThat(z).isEqualTo(ReturnZScore.of(closes("100", "101", "100", "102", "105"), MONDAY.plusDays(4), 3).orElseThrow());
    }

    @Test
    void needsNPlusTwoClosesEndingOnTheDay() {
        List<DailyClose> closes = closes("100", "101", "100", "102", "105");

        assertThat(ReturnZScore.of(closes, MONDAY.plusDays(4), 4)).isEmpty();
        assertThat(ReturnZScore.of(closes, MONDAY.plusDays(10), 3)).as("no close on the day").isEmpty();
    }

    @Test
    void aFlatHistoryHasNoZScore() {
        assertThat(ReturnZScore.of(closes("100", "100", "100", "100", "105"), MONDAY.plusDays(4), 3)).isEmpty();
    }

    private static List<DailyClose> closes(String... values) {
        List<DailyClose> closes = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            closes.add(new DailyClose(MONDAY.plusDays(i), new BigDecimal(values[i])));
        }
        return closes;
    }
}
