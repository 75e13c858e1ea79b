package io.tradebot.ibkr.order;

import io.quarkus.logging.Log;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.problem.Problem;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Cancels working orders. The cancellation is recorded (order_event) before the broker is asked, in
 * one transaction holding the order's row lock, so a fill cannot slip in between; if the broker
 * refuses, the transaction rolls back. Cancelling a bracket entry cancels its working exits too, even
 * once the entry itself has filled: the bracket is done only when all its orders are.
 */
@ApplicationScoped
public class OrderCancellation {

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final BrokerGateway broker;
    private final MarketClock clock;

    public OrderCancellation(OrderRepository orders, OrderLifecycle lifecycle, BrokerGateway broker, MarketClock clock) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.broker = broker;
        this.clock = clock;
    }

    /** Cancels {@code clientOrderId}: 404 when unknown, 409 when it and its bracket exits (if any) are all terminal. */
    @Transactional
    public OrderView cancel(String clientOrderId, String requestedBy) {
        // locks before any plain read, so every read below sees the latest committed rows
        OrderEntity order = orders.lockByClientOrderId(clientOrderId)
                .orElseThrow(() -> ProblemException.notFound("Order '" + clientOrderId + "'"));
        List<OrderEntity> workingChildren = orders.lockChildren(order.clientOrderId).stream()
                .filter(child -> !child.status.isTerminal()).toList();
        if (order.status.isTerminal() && workingChildren.isEmpty()) {
            throw new ProblemException(Problem.of(409, "Order '" + clientOrderId + "' is already " + order.status
                    + " and cannot be cancelled", "clientOrderId"));
        }
        Instant now = clock.now();
        if (!order.status.isTerminal()) {
            cancelOne(order, "cancelled by " + requestedBy, now);
        }
        for (OrderEntity child : workingChildren) {
            cancelOne(child, "parent " + clientOrderId + " cancelled by " + requestedBy, now);
        }
        Log.infof("Cancelled %s at the request of %s", clientOrderId, requestedBy);
        return OrderViews.of(order);
    }

    private void cancelOne(OrderEntity order, String reason, Instant now) {
        lifecycle.move(order, OrderStatus.CANCELLED, reason, now);
        orders.flush();
        if (!broker.cancel(order.clientOrderId, order.brokerOrderId)) {
            throw new ProblemException(Problem.of(409, "The broker could not cancel order '" + order.clientOrderId + "'",
                    "clientOrderId"));
        }
    }
}
