package io.tradebot.common.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as the API shows it.
 *
 * @param stopPrice           the stop of a STOP or STOP_LIMIT order, else null
 * @param parentClientOrderId the entry order of a bracket's stop-loss or take-profit child, else null
 */
public record OrderView(
        String clientOrderId,
        String brokerOrderId,
        String strategy,
        String symbol,
        OrderSide side,
        OrderType type,
        BigDecimal quantity,
        BigDecimal limitPrice,
        TimeInForce timeInForce,
        OrderStatus status,
        BigDecimal filledQuantity,
        BigDecimal avgFillPrice,
        BigDecimal commission,
        String rejectReason,
        Instant createdAt,
        Instant updatedAt,
        BigDecimal stopPrice,
        String parentClientOrderId) {
}
