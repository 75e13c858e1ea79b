package io.tradebot.strategy.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order a strategy wants to place, as the risk rules see it.
 *
 * @param limitPrice the limit price of LIMIT and STOP_LIMIT orders, otherwise null
 */
public record OrderIntent(String strategy, String symbol, IntentSide side, IntentType type, BigDecimal quantity,
        BigDecimal limitPrice) {

    public OrderIntent {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }

    /** +quantity for a BUY, −quantity for a SELL. */
    public BigDecimal signedQuantity() {
        return side == IntentSide.BUY ? quantity : quantity.negate();
    }
}
