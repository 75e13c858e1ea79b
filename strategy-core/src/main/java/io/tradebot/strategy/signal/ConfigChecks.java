package io.tradebot.strategy.signal;

import java.math.BigDecimal;

/** The checks config records run in their constructors; each message names the field and the bad value. */
final class ConfigChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ConfigChecks() {
    }

    static int atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    /** A percentage in (0, 100], or (0, 100) when {@code below100}. */
    static BigDecimal percent(String field, BigDecimal value, boolean below100) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        int againstHundred = value.compareTo(HUNDRED);
        if (value.signum() <= 0 || againstHundred > 0 || below100 && againstHundred == 0) {
            throw new IllegalArgumentException(field + " must be above 0 and " + (below100 ? "below" : "at most")
                    + " 100, was " + value.toPlainString());
        }
        return value;
    }

    /** A finite number in [low, high]. */
    static double within(String field, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(field + " must be between " + low + " and " + high + ", was " + value);
        }
        return value;
    }
}
