package io.tradebot.common.risk;

import java.math.BigDecimal;

/**
 * The pre-trade limits in force; percentages are percent numbers (10 means 10%).
 *
 * @param maxPositionPct            largest value of one position in % of equity
 * @param maxOpenPositions          most symbols held or with an open order
 * @param dailyLossPct              loss from start-of-day equity that switches trading to REDUCING
 * @param priceCollarPct            largest distance of a limit price from the last price
 * @param initialMarginPct          Reg T initial margin
 * @param maxOrdersPerMinute        orders one strategy may place in any 60 seconds
 * @param allowMarketOutsideRegular whether MARKET orders are accepted outside the regular session
 */
public record RiskLimitsView(BigDecimal maxPositionPct, int maxOpenPositions, BigDecimal dailyLossPct,
        BigDecimal priceCollarPct, BigDecimal initialMarginPct, int maxOrdersPerMinute, boolean allowMarketOutsideRegular) {
}
