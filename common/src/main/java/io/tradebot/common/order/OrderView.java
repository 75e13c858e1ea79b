package io.tradebot.common.order;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as the API shows it. */
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
        Instant updatedAt) {
}
