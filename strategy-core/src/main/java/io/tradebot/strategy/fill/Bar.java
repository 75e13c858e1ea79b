package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One bar of any size (a minute, a day): the interval {@code [start, end)} and its open, high, low,
 * close and traded volume. The fill model reads nothing else, so daily and minute bars both serve.
 */
public record Bar(Instant start, Instant end, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
        BigDecimal volume) {

    public Bar {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a bar needs a start before its end");
        }
        if (open == null || high == null || low == null || close == null || volume == null) {
            throw new IllegalArgumentException("a bar needs open, high, low, close and volume");
        }
        if (low.signum() <= 0 || volume.signum() < 0) {
            throw new IllegalArgumentException("prices must be positive and volume not negative");
        }
        if (high.compareTo(open.max(close)) < 0 || low.compareTo(open.min(close)) > 0) {
            throw new IllegalArgumentException("high and low must enclose open and close");
        }
    }
}
