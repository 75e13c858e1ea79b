package io.tradebot.ibkr.order;

import io.tradebot.common.order.Bracket;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.ibkr.repository.OrderEntity;
import java.math.BigDecimal;
import java.util.Objects;

/** A placement request that passed validation, with defaults applied and the symbol in upper case; bracket may be null. */
public record ValidOrder(String clientOrderId, String strategy, String symbol, OrderSide side, OrderType type,
        BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice, TimeInForce timeInForce, Bracket bracket) {

    /** True when {@code existing} is this same order, i.e. a retry of it rather than a different order. */
    public boolean sameAs(OrderEntity existing) {
        return clientOrderId.equals(existing.clientOrderId)
                && strategy.equals(existing.strategy)
                && symbol.equals(existing.symbol)
                && side == existing.side
                && type == existing.type
                && quantity.compareTo(existing.quantity) == 0
                && samePrice(limitPrice, existing.limitPrice)
                && samePrice(stopPrice, existing.stopPrice)
                && timeInForce == existing.timeInForce
                && samePrice(bracket == null ? null : bracket.stopLoss(), existing.bracketStopLoss)
                && samePrice(bracket == null ? null : bracket.takeProfit(), existing.bracketTakeProfit);
    }

    private static boolean samePrice(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
