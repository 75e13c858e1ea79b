package io.tradebot.strategy.marketdata;

import java.math.BigDecimal;
import java.time.Instant;

/** One intraday OHLCV bar; {@code start} is when the bar opens, volume in shares. */
public record IntradayBar(Instant start, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
        long volume) {

    public IntradayBar {
        if (start == null || open == null || high == null || low == null || close == null) {
            throw new IllegalArgumentException("a bar needs a start, open, high, low and close");
        }
        if (low.signum() <= 0 || volume < 0) {
            throw new IllegalArgumentException("prices must be positive and volume not negative");
        }
        if (high.compareTo(open.max(close)) < 0 || low.compareTo(open.min(close)) > 0) {
            throw new IllegalArgumentException("high and low must enclose open and close");
        }
    }
}
