package io.tradebot.strategy.backtest;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One round trip: a position from its first fill out of flat to the fill that makes it flat again.
 *
 * @param side        LONG or SHORT
 * @param entryPrice  the quantity-weighted average entry fill price
 * @param exitPrice   the quantity-weighted average exit fill price
 * @param quantity    the shares entered
 * @param pnl         (exit value − entry value) for a long, the reverse for a short, minus all commissions
 * @param commission  the commissions of the entry and exit fills
 * @param entryReason the strategy's reason for the entry
 * @param exitReason  the strategy's reason, {@code stop-loss}, {@code take-profit} or {@code end of data}
 */
public record Trade(String symbol, String side, Instant entryTime, BigDecimal entryPrice, Instant exitTime,
        BigDecimal exitPrice, BigDecimal quantity, BigDecimal pnl, BigDecimal commission, String entryId,
        String entryReason, String exitReason) {
}
