package io.tradebot.strategy.macdvwap.client;

import io.tradebot.common.order.OrderView;

/**
 * ibkr-client's answer to an order it took.
 *
 * @param created true for 201 (a new order), false for 200 (the clientOrderId already named this order)
 * @param order   the order as ibkr-client holds it
 */
public record PlacedOrder(boolean created, OrderView order) {
}
