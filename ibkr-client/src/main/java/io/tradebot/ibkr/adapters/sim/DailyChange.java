package io.tradebot.ibkr.adapters.sim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The % change from one close to the next, as the top gainers scan ranks it. */
final class DailyChange {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DailyChange() {
    }

    /** (close / previousClose − 1) × 100, to 4 decimals. */
    static BigDecimal percent(BigDecimal previousClose, BigDecimal close) {
        return close.divide(previousClose, MathContext.DECIMAL64).subtract(BigDecimal.ONE).multiply(HUNDRED)
                .setScale(4, RoundingMode.HALF_EVEN);
    }
}
