package io.tradebot.common.order;

import java.math.BigDecimal;

/**
 * What a caller sends to {@code POST /api/v1/orders}. The {@code clientOrderId} is the caller's
 * idempotency key: sending the same request again returns the same order, never a second one.
 *
 * @param limitPrice required for LIMIT and STOP_LIMIT, refused otherwise
 * @param stopPrice  required for STOP and STOP_LIMIT, refused otherwise
 * @param bracket    optional stop-loss and take-profit children, placed as a one-cancels-other pair once the parent fills
 */
public record PlaceOrderRequest(
        String clientOrderId,
        String strategy,
        String symbol,
        OrderSide side,
        OrderType type,
        BigDecimal quantity,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        TimeInForce timeInForce,
        Bracket bracket) {

    /** A day market order. */
    public static PlaceOrderRequest market(String clientOrderId, String strategy, String symbol, OrderSide side, BigDecimal quantity) {
        return new PlaceOrderRequest(clientOrderId, strategy, symbol, side, OrderType.MARKET, quantity, null, null, TimeInForce.DAY, null);
    }
}
