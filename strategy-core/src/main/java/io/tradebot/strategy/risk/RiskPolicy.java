package io.tradebot.strategy.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The pre-trade limits. Percentages are plain percent numbers (10 means 10%).
 *
 * @param maxPositionPct            largest value of one position, in % of equity
 * @param maxOpenPositions          most symbols held or with an open order at once
 * @param dailyLossPct              loss from start-of-day equity at which only reducing orders pass, in %
 * @param priceCollarPct            largest distance of a limit price from the last price, in % of the last price
 * @param initialMarginPct          Reg T initial margin in %; buying power = (equity − m × gross) / m
 * @param maxOrdersPerMinute        orders one strategy may place in any 60 seconds
 * @param allowMarketOutsideRegular whether MARKET orders may be placed in the PRE and POST sessions and when closed
 */
public record RiskPolicy(BigDecimal maxPositionPct, int maxOpenPositions, BigDecimal dailyLossPct,
        BigDecimal priceCollarPct, BigDecimal initialMarginPct, int maxOrdersPerMinute, boolean allowMarketOutsideRegular) {

    /** The source documents' limits: 10% per position, 8 positions, 5% daily loss, Reg T 50%. */
    public static final RiskPolicy DEFAULTS = new RiskPolicy(new BigDecimal("10"), 8, new BigDecimal("5"),
            new BigDecimal("10"), new BigDecimal("50"), 30, false);

    public RiskPolicy {
        positive("maxPositionPct", maxPositionPct);
        positive("dailyLossPct", dailyLossPct);
        positive("priceCollarPct", priceCollarPct);
        positive("initialMarginPct", initialMarginPct);
        if (initialMarginPct.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("initialMarginPct must be at most 100, was " + initialMarginPct);
        }
        if (maxOpenPositions < 1 || maxOrdersPerMinute < 1) {
            throw new IllegalArgumentException("maxOpenPositions and maxOrdersPerMinute must be at least 1");
        }
    }

    private static void positive(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value.toPlainString());
        }
    }
}
