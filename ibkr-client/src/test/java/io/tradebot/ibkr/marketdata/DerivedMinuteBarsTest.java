package io.tradebot.ibkr.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.tradebot.strategy.marketdata.DailyOhlcv;
import io.tradebot.strategy.marketdata.IntradayBar;
import io.tradebot.strategy.marketdata.MinuteBarModel;
import io.tradebot.strategy.marketdata.RegularSession;
import io.tradebot.strategy.marketdata.VolumeProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The derived-bar model on the real bundled data: every symbol, many real days, the real SPY profile. */
class DerivedMinuteBarsTest {

    private static List<IntradayBar> spy;
    private static MinuteBarModel model;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = resource("marketdata/intraday/nt-spy-minute-2011-03.csv")) {
            spy = MinuteBarCsv.readRegularSession(new InputStreamReader(in, StandardCharsets.UTF_8), "spy");
        }
        model = new MinuteBarModel(new IntradayHistory(Map.of("SPY", spy)).profile());
    }

    @Test
    void realSpyMinutesAreStampedAtTheirStartWithinTheRegularSession() {
        // "20110301 143100;..." ends 14:31 UTC = 09:31 EST: the session's first minute, starting 09:30.
        assertThat(spy.getFirst().start()).isEqualTo(RegularSession.open(LocalDate.of(2011, 3, 1)));
        // After the switch to daylight saving time on 2011-03-13 the session opens at 13:30 UTC.
        assertThat(spy.stream().filter(bar -> bar.start().atZone(RegularSession.ZONE).toLocalDate().equals(LocalDate.of(2011, 3, 14)))
                .findFirst().orElseThrow().start().toString()).isEqualTo("2011-03-14T13:30:00Z");
        assertThat(spy).allSatisfy(bar -> assertThat(RegularSession.minuteOf(bar.start())).isBetween(0, 389));
        Map<LocalDate, Long> days = spy.stream().collect(Collectors.groupingBy(
                bar -> bar.start().atZone(RegularSession.ZONE).toLocalDate(), Collectors.counting()));
        assertThat(days).hasSize(23).allSatisfy((day, count) -> assertThat(count).isBetween(380L, 390L));
    }

    @Test
    void theProfileIsTheAverageShareOfSessionVolumePerMinute() {
        VolumeProfile profile = new IntradayHistory(Map.of("SPY", spy)).profile();
        Map<LocalDate, List<IntradayBar>> days = spy.stream().collect(Collectors.groupingBy(
                bar -> bar.start().atZone(RegularSession.ZONE).toLocalDate()));
        double[] expected = new double[390];
        days.values().forEach(day -> {
            double total = day.stream().mapToLong(IntradayBar::volume).sum();
            day.forEach(bar -> expected[RegularSession.minuteOf(bar.start())] += bar.volume() / total / days.size());
        });
        double sum = 0;
        for (int i = 0; i < 390; i++) {
            assertThat(profile.share(i)).isCloseTo(expected[i], offset(1e-12));
            sum += profile.share(i);
        }
        assertThat(sum).isCloseTo(1.0, offset(1e-9));
        // The real U shape: the first and last minutes trade far more than a midday minute.
        assertThat(profile.share(0)).isGreaterThan(3 * profile.share(195));
        assertThat(profile.share(389)).isGreaterThan(3 * profile.share(195));
    }

    @Test
    void derivedBarsMatchEveryDailyValueForEverySymbol() throws IOException {
        int checked = 0;
        for (String file : new String(resource("marketdata/daily/index.txt").readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
            List<DailyBar> bars = DailyBarCsv.read(new InputStreamReader(resource("marketdata/daily/" + file), StandardCharsets.UTF_8), file);
            for (int i = 0; i < bars.size(); i += 13) {
                DailyBar bar = bars.get(i);
                assertMatches(model.derive(new DailyOhlcv(bar.symbol(), bar.date(), bar.open(), bar.high(), bar.low(),
                        bar.close(), bar.volume())), bar);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(4000);
    }

    @Test
    void derivingTheSameDayTwiceGivesTheSameBars() {
        DailyOhlcv day = new DailyOhlcv("AAPL", LocalDate.of(2017, 3, 8), new java.math.BigDecimal("138.95"),
                new java.math.BigDecimal("139.80"), new java.math.BigDecimal("138.82"), new java.math.BigDecimal("139.00"), 23_046_977);
        assertThat(new ArrayList<>(model.derive(day))).isEqualTo(model.derive(day));
    }

    private static void assertMatches(List<IntradayBar> minutes, DailyBar day) {
        assertThat(minutes).hasSize(390);
        assertThat(minutes.getFirst().start()).isEqualTo(day.opensAt());
        assertThat(minutes.getFirst().open()).isEqualByComparingTo(day.open());
        assertThat(minutes.getLast().close()).isEqualByComparingTo(day.close());
        assertThat(minutes.stream().map(IntradayBar::high).max(Comparator.naturalOrder()).orElseThrow()).isEqualByComparingTo(day.high());
        assertThat(minutes.stream().map(IntradayBar::low).min(Comparator.naturalOrder()).orElseThrow()).isEqualByComparingTo(day.low());
        assertThat(minutes.stream().mapToLong(IntradayBar::volume).sum()).isEqualTo(day.volume());
        for (IntradayBar bar : minutes) {
            if (bar.low().signum() <= 0 || bar.low().compareTo(bar.open().min(bar.close())) > 0
                    || bar.high().compareTo(bar.open().max(bar.close())) < 0) {
                throw new AssertionError("bad OHLC relation in " + bar + " of " + day);
            }
        }
    }

    private static InputStream resource(String name) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
    }
}
