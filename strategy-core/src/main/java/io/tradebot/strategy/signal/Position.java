package io.tradebot.strategy.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The strategy's position in one symbol as its caller knows it.
 *
 * @param quantity     signed shares: positive long, negative short, zero flat
 * @param averagePrice the average entry price, zero when flat
 * @param openedAt     when the position was opened (its first fill), null when flat
 */
public record Position(BigDecimal quantity, BigDecimal averagePrice, Instant openedAt) {

    /** No position. */
    public static final Position FLAT = new Position(BigDecimal.ZERO, BigDecimal.ZERO, null);

    public Position {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        if (quantity.signum() != 0 && (openedAt == null || averagePrice.signum() <= 0)) {
            throw new IllegalArgumentException("an open position needs a positive averagePrice and its openedAt");
        }
    }

    /** A long (positive {@code quantity}) or short (negative) position. */
    public static Position of(BigDecimal quantity, BigDecimal averagePrice, Instant openedAt) {
        return quantity.signum() == 0 ? FLAT : new Position(quantity, averagePrice, openedAt);
    }

    public boolean isFlat() {
        return quantity.signum() == 0;
    }

    public boolean isLong() {
        return quantity.signum() > 0;
    }

    public boolean isShort() {
        return quantity.signum() < 0;
    }
}
