package io.tradebot.ibkr.broker;

import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;

/** An order as handed to the broker: validated, recorded, with the local id the broker may echo. */
public record BrokerOrder(long orderId, String clientOrderId, String symbol, OrderSide side, OrderType type,
        BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice, TimeInForce timeInForce, Instant submittedAt) {
}
