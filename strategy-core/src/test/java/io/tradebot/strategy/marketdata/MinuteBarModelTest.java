package io.tradebot.strategy.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinuteBarModelTest {

    /** A U-shaped profile like a real session's: heavy at the open and the close. */
    static VolumeProfile uShape() {
        return VolumeProfile.of(IntStream.range(0, RegularSession.MINUTES)
                .mapToDouble(i -> 1 + Math.pow((i - 195) / 195.0, 2) * 4).toArray());
    }

    private final MinuteBarModel model = new MinuteBarModel(uShape());

    private static DailyOhlcv day(String symbol, String date, String open, String high, String low, String close, long volume) {
        return new DailyOhlcv(symbol, LocalDate.parse(date), new BigDecimal(open), new BigDecimal(high), new BigDecimal(low),
                new BigDecimal(close), volume);
    }

    static void assertMatchesTheDay(List<IntradayBar> bars, DailyOhlcv day) {
        assertThat(bars).hasSize(RegularSession.MINUTES);
        assertThat(bars.getFirst().start()).isEqualTo(RegularSession.open(day.date()));
        assertThat(bars.getLast().start()).isEqualTo(RegularSession.open(day.date()).plusSeconds(389 * 60));
        assertThat(bars.getFirst().open()).isEqualByComparingTo(day.open());
        assertThat(bars.getLast().close()).isEqualByComparingTo(day.close());
        assertThat(bars.stream().map(IntradayBar::high).max(Comparator.naturalOrder()).orElseThrow()).isEqualByComparingTo(day.high());
        assertThat(bars.stream().map(IntradayBar::low).min(Comparator.naturalOrder()).orElseThrow()).isEqualByComparingTo(day.low());
        assertThat(bars.stream().mapToLong(IntradayBar::volume).sum()).isEqualTo(day.volume());
        for (int i = 0; i < bars.size(); i++) {
            IntradayBar bar = bars.get(i);
            assertThat(bar.low().signum()).isPositive();
            assertThat(bar.low()).isLessThanOrEqualTo(bar.open().min(bar.close()));
            assertThat(bar.high()).isGreaterThanOrEqualTo(bar.open().max(bar.close()));
            assertThat(bar.volume()).isNotNegative();
            if (i > 0) {
                assertThat(bar.start()).isEqualTo(bars.get(i - 1).start().plusSeconds(60));
            }
        }
    }

    @Test
    void derivedBarsReproduceTheDaysOpenHighLowCloseAndVolume() {
        DailyOhlcv aapl = day("AAPL", "2017-03-08", "138.95", "139.80", "138.82", "139.00", 23_046_977);
        assertMatchesTheDay(model.derive(aapl), aapl);
    }

    @Test
    void holdsForManyRandomDaysIncludingExtremesAtTheOpenAndClose() {
        Random random = new Random(7);
        for (int k = 0; k < 500; k++) {
            double low = 1 + random.nextDouble() * 500;
            double high = low * (1 + random.nextDouble() * 0.1);
            double open = k % 5 == 0 ? high : low + random.nextDouble() * (high - low);
            double close = k % 7 == 0 ? low : low + random.nextDouble() * (high - low);
            DailyOhlcv day = day("S" + k, "2016-01-04", money(open), money(high), money(low), money(close),
                    k % 11 == 0 ? 0 : random.nextLong(0, 3_000_000_000L));
            assertMatchesTheDay(model.derive(day), day);
        }
    }

    @Test
    void aFlatDayGivesFlatBars() {
        DailyOhlcv flat = day("FLAT", "2015-06-01", "10.00", "10.00", "10.00", "10.00", 1234);
        assertThat(model.derive(flat)).allSatisfy(bar -> {
            assertThat(bar.open()).isEqualByComparingTo("10.00");
            assertThat(bar.high()).isEqualByComparingTo("10.00");
            assertThat(bar.low()).isEqualByComparingTo("10.00");
        });
        assertMatchesTheDay(model.derive(flat), flat);
    }

    @Test
    void keepsTheDaysOwnDecimals() {
        DailyOhlcv split = day("AAPL", "2013-02-08", "67.0714", "68.4014", "66.8928", "67.8542", 158_168_416);
        List<IntradayBar> bars = model.derive(split);
        assertMatchesTheDay(bars, split);
        assertThat(bars).allSatisfy(bar -> assertThat(bar.close().scale()).isLessThanOrEqualTo(4));
    }

    @Test
    void theSameSymbolAndDayAlwaysGiveTheSameBars() {
        DailyOhlcv day = day("MSFT", "2017-05-10", "68.99", "69.56", "68.92", "69.31", 17_977_800);
        DailyOhlcv sameDay = day("MSFT", "2017-05-10", "68.99", "69.56", "68.92", "69.31", 17_977_800);
        assertThat(new MinuteBarModel(uShape()).derive(sameDay)).isEqualTo(model.derive(day));
        // FNV-1a 64 of "MSFT|2017-05-10", computed independently (Python)
        assertThat(MinuteBarModel.seed(day)).isEqualTo(0x624cf91524b2a7a1L);
    }

    @Test
    void anotherSymbolOrDayGivesAnotherPath() {
        DailyOhlcv msft = day("MSFT", "2017-05-10", "68.99", "69.56", "68.92", "69.31", 17_977_800);
        DailyOhlcv other = day("MSFT", "2017-05-11", "68.99", "69.56", "68.92", "69.31", 17_977_800);
        DailyOhlcv otherSymbol = day("INTC", "2017-05-10", "68.99", "69.56", "68.92", "69.31", 17_977_800);
        assertThat(closes(model.derive(other))).isNotEqualTo(closes(model.derive(msft)));
        assertThat(closes(model.derive(otherSymbol))).isNotEqualTo(closes(model.derive(msft)));
    }

    @Test
    void volumeFollowsTheProfile() {
        DailyOhlcv day = day("KO", "2016-03-01", "43.00", "43.50", "42.80", "43.40", 39_000_000);
        List<IntradayBar> bars = model.derive(day);
        VolumeProfile profile = uShape();
        for (int i = 0; i < bars.size(); i++) {
            assertThat((double) bars.get(i).volume()).isCloseTo(profile.share(i) * day.volume(), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    private static List<BigDecimal> closes(List<IntradayBar> bars) {
        return bars.stream().map(IntradayBar::close).toList();
    }

    private static String money(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
