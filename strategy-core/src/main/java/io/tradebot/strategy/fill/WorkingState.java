package io.tradebot.strategy.fill;

import java.math.BigDecimal;

/** What has happened to an order so far: the quantity filled and whether its stop has triggered. */
public record WorkingState(BigDecimal filledQuantity, boolean triggered) {

    /** An order nothing has happened to yet. */
    public static final WorkingState FRESH = new WorkingState(BigDecimal.ZERO, false);

    public WorkingState {
        if (filledQuantity == null || filledQuantity.signum() < 0) {
            throw new IllegalArgumentException("filled quantity must be zero or more");
        }
    }
}
