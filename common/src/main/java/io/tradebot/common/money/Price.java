package io.tradebot.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A strictly positive price in US dollars, kept to six decimals like the {@code DECIMAL(19,6)} columns. */
public record Price(BigDecimal value) implements Comparable<Price> {

    /** Largest price we accept; anything above is a data error, not a stock. */
    public static final BigDecimal MAX = new BigDecimal("10000000");

    public Price {
        if (value == null) {
            throw new IllegalArgumentException("price is required");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, was " + value.toPlainString());
        }
        if (value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("price must be at most " + MAX.toPlainString() + ", was " + value.toPlainString());
        }
        value = value.setScale(6, RoundingMode.HALF_EVEN);
    }

    public static Price of(String value) {
        return new Price(new BigDecimal(value));
    }

    public static Price of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("price must be a finite number");
        }
        return new Price(BigDecimal.valueOf(value));
    }

    @Override
    public int compareTo(Price other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
