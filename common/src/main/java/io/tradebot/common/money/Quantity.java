package io.tradebot.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A strictly positive number of shares, kept to four decimals like the {@code DECIMAL(19,4)} columns. */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

    /** Largest order size we accept; anything above is a typo, not an order. */
    public static final BigDecimal MAX = new BigDecimal("10000000");

    public Quantity {
        if (value == null) {
            throw new IllegalArgumentException("quantity is required");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + value.toPlainString());
        }
        if (value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("quantity must be at most " + MAX.toPlainString() + ", was " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("quantity allows at most 4 decimals, was " + value.toPlainString());
        }
        value = value.setScale(4, RoundingMode.UNNECESSARY);
    }

    public static Quantity of(long shares) {
        return new Quantity(BigDecimal.valueOf(shares));
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString();
    }
}
