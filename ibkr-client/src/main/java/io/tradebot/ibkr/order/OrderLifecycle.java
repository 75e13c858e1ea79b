package io.tradebot.ibkr.order;

import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderEventEntity;
import io.tradebot.ibkr.repository.OrderEventRepository;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The one place an order's status changes: checks the transition against {@link OrderTransitions}
 * and writes an {@code order_event} row in the caller's transaction, so the change is recorded
 * before (and committed with) whatever acts on it. Each change is reported to the {@link RiskBook},
 * which counts the order's unfilled quantity once the transaction commits.
 */
@ApplicationScoped
public class OrderLifecycle {

    private static final int MAX_REASON = 255;

    private final OrderEventRepository events;
    private final RiskBook book;

    public OrderLifecycle(OrderEventRepository events, RiskBook book) {
        this.events = events;
        this.book = book;
    }

    /** Records the creation of {@code order}, a just inserted row in status NEW (event null → NEW). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(OrderEntity order, Instant at) {
        OrderTransitions.check(order.clientOrderId, null, order.status);
        book.orderCreated(order);
        events.persist(event(order, null, OrderStatus.NEW, "received", at));
    }

    /**
     * Records the creation of {@code order}, a row the caller inserts itself (in bulk, by plain JDBC) in this
     * transaction already in {@code to}, its first status after NEW: checks both moves (null → NEW, NEW → {@code to}),
     * reports them to the risk book, and returns the two events for the caller to write with the row. Runs in a JTA
     * transaction or a {@code WriterConnection}'s (the risk book refuses to be told outside both).
     */
    public List<OrderEventEntity> createdAsUnwritten(OrderEntity order, OrderStatus to, String reason, Instant at) {
        OrderTransitions.check(order.clientOrderId, null, OrderStatus.NEW);
        OrderTransitions.check(order.clientOrderId, OrderStatus.NEW, to);
        if (order.status != to) {
            throw new IllegalStateException("Order " + order.clientOrderId + " was inserted as " + order.status + ", not " + to);
        }
        book.orderCreated(order);
        return List.of(event(order, null, OrderStatus.NEW, "received", at), event(order, OrderStatus.NEW, to, reason, at));
    }

    /** Moves {@code order} (a managed row, flushed so it has an id) to {@code to}; an illegal move throws and changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(OrderEntity order, OrderStatus to, String reason, Instant at) {
        events.persist(moveUnwritten(order, to, reason, at));
    }

    /**
     * {@link #move} for a row the caller writes itself in this transaction: checks the move, reports it to the risk
     * book, changes {@code order}'s status and time, and returns the event for the caller to write with the row. Runs in
     * a JTA transaction or a {@code WriterConnection}'s.
     */
    public OrderEventEntity moveUnwritten(OrderEntity order, OrderStatus to, String reason, Instant at) {
        OrderTransitions.check(order.clientOrderId, order.status, to);
        book.orderChanging(order);
        OrderEventEntity event = event(order, order.status, to, reason, at);
        order.status = to;
        order.updatedAt = at;
        return event;
    }

    private static OrderEventEntity event(OrderEntity order, OrderStatus from, OrderStatus to, String reason, Instant at) {
        OrderEventEntity event = new OrderEventEntity();
        event.orderId = order.id;
        event.clientOrderId = order.clientOrderId;
        event.fromStatus = from;
        event.toStatus = to;
        event.reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        event.at = at;
        return event;
    }
}
