package io.tradebot.common.account;

import java.math.BigDecimal;

/** A held position; {@code quantity} is negative for a short. */
public record PositionView(String symbol, BigDecimal quantity, BigDecimal avgCost, BigDecimal lastPrice,
        BigDecimal marketValue, BigDecimal unrealizedPnl, BigDecimal realizedPnl) {
}
