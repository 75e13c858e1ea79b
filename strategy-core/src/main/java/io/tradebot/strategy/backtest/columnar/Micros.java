package io.tradebot.strategy.backtest.columnar;

import java.math.BigDecimal;

/**
 * Exact money in whole micro-dollars (longs): the fill model's slippage, IBKR's fixed commission and the bracket
 * prices, rounded as the {@code BigDecimal} originals round them.
 */
final class Micros {

    static final long ONE_DOLLAR = 1_000_000;
    private static final long PER_SHARE = 5_000;

    private Micros() {
    }

    /** {@code value} in whole units of {@code 10^-places}; refuses finer values. */
    static long scaled(BigDecimal value, int places) {
        try {
            return value.movePointRight(places).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(value + " has more than " + places + " decimals", e);
        }
    }

    /** {@code price} moved against a {@code side} order (1 buy, −1 sell) by {@code ppm} parts per million. */
    static long slipped(long price, int side, long ppm) {
        return divideHalfEven(price * (ONE_DOLLAR + side * ppm), ONE_DOLLAR);
    }

    /** IBKR fixed: $0.005 a share, at least $1.00, at most 1% of the value. */
    static long commission(long quantity, long price) {
        long fee = Math.max(quantity * PER_SHARE, ONE_DOLLAR);
        return Math.min(fee, divideHalfEven(quantity * price, 100));
    }

    /** {@code price} moved by {@code bps} hundredths of a percent, half up to the tick: a cent, or $0.0001 below $1. */
    static long percentAway(long price, long bps) {
        long moved = price * (10_000 + bps); // in 1e-10 dollars
        long tick = moved >= ONE_DOLLAR * 10_000 ? 100_000_000L : 1_000_000L;
        return (moved + tick / 2) / tick * (tick / 10_000);
    }

    static long divideHalfEven(long dividend, long divisor) {
        long quotient = Math.floorDiv(dividend, divisor);
        long twice = 2 * (dividend - quotient * divisor);
        if (twice > divisor || twice == divisor && (quotient & 1) == 1) {
            quotient++;
        }
        return quotient;
    }
}
