package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as the fill model sees it. It works on the bars that start at or after {@code submittedAt};
 * {@code expiresAt} is the end of a DAY order's session (null for GTC): bars starting at or after it
 * are never used.
 */
public record SimOrder(FillSide side, OrderKind kind, BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice,
        Instant submittedAt, Instant expiresAt) {

    public SimOrder {
        if (side == null || kind == null || submittedAt == null) {
            throw new IllegalArgumentException("an order needs a side, a kind and a submission time");
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (kind.needsLimit() != (limitPrice != null) || kind.needsStop() != (stopPrice != null)) {
            throw new IllegalArgumentException(kind + " needs exactly its prices: limit " + kind.needsLimit()
                    + ", stop " + kind.needsStop());
        }
        if (limitPrice != null && limitPrice.signum() <= 0 || stopPrice != null && stopPrice.signum() <= 0) {
            throw new IllegalArgumentException("prices must be positive");
        }
    }

    /** True when {@code bar} is one this order may trade on: it starts at or after the submission and before the expiry. */
    public boolean worksOn(Bar bar) {
        return !bar.start().isBefore(submittedAt) && (expiresAt == null || bar.start().isBefore(expiresAt));
    }
}
