package io.tradebot.ibkr.order;

import io.tradebot.common.money.Price;
import io.tradebot.common.money.Quantity;
import io.tradebot.common.problem.ProblemException;
import java.math.BigDecimal;

/**
 * Checks a requested quantity or price (sign, size, decimals) before any arithmetic touches it. A JSON
 * number can carry any exponent: {@code 1e1000000000} is 12 characters and a {@code BigDecimal} holds it
 * cheaply, but {@code setScale} or {@code toPlainString} on it would build a billion digits. Only
 * {@code signum}, {@code compareTo} and {@code stripTrailingZeros} (cheap whatever the exponent) run
 * before the value is known to be in range, and no message echoes the value.
 */
final class OrderAmounts {

    static final int QUANTITY_DECIMALS = 4;
    static final int PRICE_DECIMALS = 6;

    private OrderAmounts() {
    }

    /** A positive quantity of at most {@link Quantity#MAX} shares with at most 4 decimals, else a 400 naming {@code quantity}. */
    static BigDecimal quantity(BigDecimal value) {
        return new Quantity(checked("quantity", value, Quantity.MAX, QUANTITY_DECIMALS)).value();
    }

    /** A positive price of at most {@link Price#MAX} with at most 6 decimals (never rounded), else a 400 naming {@code field}. */
    static BigDecimal price(String field, BigDecimal value) {
        return new Price(checked(field, value, Price.MAX, PRICE_DECIMALS)).value();
    }

    private static BigDecimal checked(String field, BigDecimal value, BigDecimal max, int decimals) {
        if (value == null) {
            throw ProblemException.badField(field, field + " is required");
        }
        if (value.signum() <= 0) {
            throw ProblemException.badField(field, field + " must be positive");
        }
        if (value.compareTo(max) > 0) {
            throw ProblemException.badField(field, field + " must be at most " + max.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            throw ProblemException.badField(field, field + " allows at most " + decimals + " decimals");
        }
        return value;
    }
}
