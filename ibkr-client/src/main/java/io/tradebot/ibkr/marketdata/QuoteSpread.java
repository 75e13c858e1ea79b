package io.tradebot.ibkr.marketdata;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The simulated bid/ask around the last trade: a spread of 1 basis point of the last price, rounded
 * up to whole cents and at least one cent, split evenly, so bid = last − spread / 2 and
 * ask = last + spread / 2 (4 decimals). Recorded data has trades only; the quote side is this model.
 */
public final class QuoteSpread {

    /** The spread in basis points of the last price. */
    public static final BigDecimal SPREAD_BPS = BigDecimal.ONE;
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private QuoteSpread() {
    }

    /** The full spread around {@code last}. */
    public static BigDecimal spread(BigDecimal last) {
        BigDecimal bps = last.multiply(SPREAD_BPS).movePointLeft(4).setScale(2, RoundingMode.CEILING);
        return bps.max(CENT);
    }

    public static BigDecimal bid(BigDecimal last) {
        return last.subtract(spread(last).divide(TWO)).setScale(Math.max(4, last.scale()), RoundingMode.UNNECESSARY);
    }

    public static BigDecimal ask(BigDecimal last) {
        return last.add(spread(last).divide(TWO)).setScale(Math.max(4, last.scale()), RoundingMode.UNNECESSARY);
    }
}
