package io.tradebot.screener.fundamental.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourBarsTest {

    @Test
    void groupsFiveMinuteBarsIntoSessionHoursCountedFromTheOpen() {
        // A winter and a summer day; each 5-minute bar closes at its index in the day; one bar before the open
        // and one at the close are outside the session.
        List<TimedClose> bars = new ArrayList<>();
        for (LocalDate day : List.of(LocalDate.parse("2018-01-05"), LocalDate.parse("2017-07-14"))) {
            bars.add(bar(day, "09:25", 999));
            for (int i = 0; i < 78; i++) {
                bars.add(bar(day, LocalTime.of(9, 30).plusMinutes(5L * i).toString(), 100 + i));
            }
            bars.add(bar(day, "16:00", 999));
        }
        bars.sort((a, b) -> a.start().compareTo(b.start()));

        List<TimedClose> hours = HourBars.of(bars);

        assertThat(hours).hasSize(14);
        // The hour 09:30-10:30 holds bars 0..11, the last whole hour 14:30-15:30 bars 60..71, the half hour bars 72..77.
        assertThat(hours.subList(0, 7)).containsExactly(
                hour("2017-07-14", "09:30", 111), hour("2017-07-14", "10:30", 123), hour("2017-07-14", "11:30", 135),
                hour("2017-07-14", "12:30", 147), hour("2017-07-14", "13:30", 159), hour("2017-07-14", "14:30", 171),
                hour("2017-07-14", "15:30", 177));
        assertThat(hours.get(7)).isEqualTo(hour("2018-01-05", "09:30", 111));
        assertThat(hours.get(13)).isEqualTo(hour("2018-01-05", "15:30", 177));
        assertThat(hours.get(7).start()).isEqualTo(Instant.parse("2018-01-05T14:30:00Z"));
        assertThat(hours.get(0).start()).isEqualTo(Instant.parse("2017-07-14T13:30:00Z"));
    }

    @Test
    void returnsAreSimpleAndTheirSigmaIsThePopulationOne() {
        List<TimedClose> closes = List.of(bar(LocalDate.parse("2018-01-02"), "09:30", 100),
                bar(LocalDate.parse("2018-01-02"), "10:30", 110), bar(LocalDate.parse("2018-01-02"), "11:30", 99));

        double[] returns = Returns.of(closes);

        assertThat(returns).containsExactly(new double[] { 0.1, -0.1 }, within(1e-15));
        assertThat(Returns.populationSigma(returns)).isCloseTo(0.1, within(1e-15));
    }

    private static TimedClose bar(LocalDate day, String time, double close) {
        return new TimedClose(day.atTime(LocalTime.parse(time)).atZone(HourBars.MARKET_ZONE).toInstant(), close);
    }

    private static TimedClose hour(String day, String time, double close) {
        return bar(LocalDate.parse(day), time, close);
    }
}
