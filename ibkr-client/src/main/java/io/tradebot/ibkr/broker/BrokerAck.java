package io.tradebot.ibkr.broker;

import io.tradebot.common.order.OrderStatus;

/** The broker's answer to a placed order: its id for the order and the status it gave it. */
public record BrokerAck(String brokerOrderId, OrderStatus status, String rejectReason) {

    public static BrokerAck accepted(String brokerOrderId) {
        return new BrokerAck(brokerOrderId, OrderStatus.ACCEPTED, null);
    }

    public static BrokerAck rejected(String reason) {
        return new BrokerAck(null, OrderStatus.REJECTED, reason);
    }
}
