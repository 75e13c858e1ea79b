package io.tradebot.common.order;

import java.math.BigDecimal;
import java.time.Instant;

/** One execution (fill) of an order, unique by {@code execId}. */
public record ExecutionView(
        String execId,
        String clientOrderId,
        String symbol,
        OrderSide side,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal commission,
        Instant executedAt) {
}
