package io.tradebot.common.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The risk state of the account, as {@code GET /api/v1/risk} shows it.
 *
 * @param changedBy          who set the state last ({@code system} for automatic switches)
 * @param changedAt          when, on the market clock
 * @param tradingDate        the trading day the start-of-day equity belongs to
 * @param todayPnl           equity − start-of-day equity
 * @param grossExposure      Σ|market value| of the positions plus the value of the open orders
 * @param dailyLossTriggered whether today's loss already reached the daily limit
 */
public record RiskView(TradingState state, String reason, String changedBy, Instant changedAt, RiskLimitsView limits,
        LocalDate tradingDate, BigDecimal startOfDayEquity, BigDecimal equity, BigDecimal todayPnl,
        BigDecimal grossExposure, int openPositions, boolean dailyLossTriggered) {
}
