package io.tradebot.strategy.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarAggregationTest {

    private static final LocalDate DAY = LocalDate.of(2011, 3, 1);

    private static IntradayBar bar(int minute, String open, String high, String low, String close, long volume) {
        return new IntradayBar(RegularSession.minuteStart(DAY, minute), new BigDecimal(open), new BigDecimal(high),
                new BigDecimal(low), new BigDecimal(close), volume);
    }

    @Test
    void fiveMinuteBarsStartAtTheOpenAndSpanTheirMinutes() {
        List<IntradayBar> minutes = List.of(
                bar(0, "10.00", "10.20", "9.90", "10.10", 100),
                bar(1, "10.10", "10.50", "10.00", "10.40", 200),
                bar(4, "10.40", "10.45", "9.80", "10.30", 300),
                bar(5, "10.30", "10.35", "10.25", "10.26", 50),
                bar(9, "10.26", "10.28", "10.20", "10.21", 25));
        List<IntradayBar> fives = BarAggregation.aggregate(minutes, Duration.ofMinutes(5));
        assertThat(fives).containsExactly(
                new IntradayBar(RegularSession.open(DAY), new BigDecimal("10.00"), new BigDecimal("10.50"),
                        new BigDecimal("9.80"), new BigDecimal("10.30"), 600),
                new IntradayBar(RegularSession.minuteStart(DAY, 5), new BigDecimal("10.30"), new BigDecimal("10.35"),
                        new BigDecimal("10.20"), new BigDecimal("10.21"), 75));
    }

    @Test
    void aggregatedDerivedSessionKeepsTheDaysValues() {
        DailyOhlcv day = new DailyOhlcv("IBM", DAY, new BigDecimal("160.00"), new BigDecimal("162.50"),
                new BigDecimal("159.10"), new BigDecimal("161.75"), 5_000_001);
        List<IntradayBar> fives = BarAggregation.aggregate(new MinuteBarModel(MinuteBarModelTest.uShape()).derive(day),
                Duration.ofMinutes(5));
        assertThat(fives).hasSize(78);
        assertThat(fives.getFirst().open()).isEqualByComparingTo("160.00");
        assertThat(fives.getLast().close()).isEqualByComparingTo("161.75");
        assertThat(fives.stream().mapToLong(IntradayBar::volume).sum()).isEqualTo(5_000_001);
        assertThat(fives.stream().map(IntradayBar::high).max(BigDecimal::compareTo).orElseThrow()).isEqualByComparingTo("162.50");
        assertThat(fives.stream().map(IntradayBar::low).min(BigDecimal::compareTo).orElseThrow()).isEqualByComparingTo("159.10");
    }
}
