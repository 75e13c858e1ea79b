package io.tradebot.common.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One OHLCV bar. {@code start} is when the bar opens; {@code derived} is true when the bar was
 * modelled from coarser real data rather than recorded.
 */
public record BarView(Instant start, String size, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
        long volume, boolean derived) {
}
