package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.time.Instant;

/** Daily bars for the fill model's tests: day {@code n} opens at 14:30 UTC on 2018-01-(8+n). */
final class Bars {

    static final Instant DAY0_OPEN = Instant.parse("2018-01-08T14:30:00Z");

    private Bars() {
    }

    static Instant open(int day) {
        return DAY0_OPEN.plusSeconds(86_400L * day);
    }

    static Instant close(int day) {
        return open(day).plusSeconds(6 * 3600 + 1800);
    }

    static Bar day(int day, String open, String high, String low, String close, long volume) {
        return new Bar(open(day), close(day), new BigDecimal(open), new BigDecimal(high), new BigDecimal(low),
                new BigDecimal(close), BigDecimal.valueOf(volume));
    }

    static Bar day(int day, String open, String high, String low, String close) {
        return day(day, open, high, low, close, 1_000_000);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
