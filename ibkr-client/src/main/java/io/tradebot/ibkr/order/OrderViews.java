package io.tradebot.ibkr.order;

import io.tradebot.common.order.OrderView;
import io.tradebot.ibkr.repository.OrderEntity;

/** Maps order rows to the API's {@link OrderView}. */
public final class OrderViews {

    private OrderViews() {
    }

    public static OrderView of(OrderEntity order) {
        return new OrderView(order.clientOrderId, order.brokerOrderId, order.strategy, order.symbol, order.side,
                order.type, order.quantity, order.limitPrice, order.timeInForce, order.status, order.filledQuantity,
                order.avgFillPrice, order.commission, order.rejectReason, order.createdAt, order.updatedAt,
                order.stopPrice, order.parentClientOrderId);
    }
}
