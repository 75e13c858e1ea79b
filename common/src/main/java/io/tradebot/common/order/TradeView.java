package io.tradebot.common.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A closed round trip: the part of a position one execution closed.
 *
 * @param direction    LONG or SHORT, the position that was closed
 * @param entryPrice   the position's average cost per share, entry commissions included
 * @param exitPrice    the closing execution's price
 * @param commission   the closing execution's commission on the closed quantity
 * @param realizedPnl  (exit − entry) × quantity (negated for a short) − commission
 * @param clientOrderId the closing order
 */
public record TradeView(
        String symbol,
        String strategy,
        String direction,
        BigDecimal quantity,
        BigDecimal entryPrice,
        BigDecimal exitPrice,
        BigDecimal realizedPnl,
        BigDecimal commission,
        String clientOrderId,
        String execId,
        Instant closedAt) {
}
