package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.time.Instant;

/** The opening of one bar: when its session opens and the first price traded. */
public record BarOpen(Instant start, BigDecimal open) {

    public BarOpen {
        if (start == null || open == null || open.signum() <= 0) {
            throw new IllegalArgumentException("a bar open needs a start and a positive open price");
        }
    }
}
