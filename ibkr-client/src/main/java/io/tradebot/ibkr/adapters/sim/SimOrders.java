package io.tradebot.ibkr.adapters.sim;

import io.tradebot.common.order.OrderSide;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.strategy.fill.FillSide;
import io.tradebot.strategy.fill.OrderKind;
import io.tradebot.strategy.fill.SimOrder;
import io.tradebot.strategy.fill.WorkingState;

/** Translates order rows into the fill model's terms. */
final class SimOrders {

    private SimOrders() {
    }

    static SimOrder of(OrderEntity order) {
        return new SimOrder(order.side == OrderSide.BUY ? FillSide.BUY : FillSide.SELL, OrderKind.valueOf(order.type.name()),
                order.quantity, order.limitPrice, order.stopPrice, order.submittedAt, order.expiresAt);
    }

    static WorkingState state(OrderEntity order) {
        return new WorkingState(order.filledQuantity, order.stopTriggered);
    }
}
