package io.tradebot.ibkr.broker;

import io.tradebot.common.order.OrderStatus;

/** What the broker reports about one order found by its clientOrderId: its id there and the status it has there. */
public record BrokerOrderReport(String clientOrderId, String brokerOrderId, OrderStatus status) {
}
