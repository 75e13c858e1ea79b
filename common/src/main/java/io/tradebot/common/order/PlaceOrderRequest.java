package io.tradebot.common.order;

import java.math.BigDecimal;

/**
 * What a caller sends to {@code POST /api/v1/orders}. The {@code clientOrderId} is the caller's
 * idempotency key: sending the same request again returns the same order, never a second one.
 */
public record PlaceOrderRequest(
        String clientOrderId,
        String strategy,
        String symbol,
        OrderSide side,
        OrderType type,
        BigDecimal quantity,
        BigDecimal limitPrice,
        TimeInForce timeInForce) {

    /** A day market order, the only kind the walking skeleton's strategies send. */
    public static PlaceOrderRequest market(String clientOrderId, String strategy, String symbol, OrderSide side, BigDecimal quantity) {
        return new PlaceOrderRequest(clientOrderId, strategy, symbol, side, OrderType.MARKET, quantity, null, TimeInForce.DAY);
    }
}
