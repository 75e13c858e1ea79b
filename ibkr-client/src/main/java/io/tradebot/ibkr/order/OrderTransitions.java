package io.tradebot.ibkr.order;

import static io.tradebot.common.order.OrderStatus.ACCEPTED;
import static io.tradebot.common.order.OrderStatus.CANCELLED;
import static io.tradebot.common.order.OrderStatus.EXPIRED;
import static io.tradebot.common.order.OrderStatus.FILLED;
import static io.tradebot.common.order.OrderStatus.NEW;
import static io.tradebot.common.order.OrderStatus.PARTIALLY_FILLED;
import static io.tradebot.common.order.OrderStatus.REJECTED;
import static io.tradebot.common.order.OrderStatus.SUBMITTED;
import static io.tradebot.common.order.OrderStatus.UNKNOWN;

import io.tradebot.common.order.OrderStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order state machine: NEW → SUBMITTED → ACCEPTED → PARTIALLY_FILLED → FILLED, or CANCELLED,
 * REJECTED, EXPIRED; UNKNOWN when the broker did not confirm a submission. A state never goes
 * backwards and a terminal state never changes. PARTIALLY_FILLED → PARTIALLY_FILLED is allowed: each
 * further partial execution is a transition of its own.
 */
public final class OrderTransitions {

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = new EnumMap<>(OrderStatus.class);

    static {
        ALLOWED.put(NEW, EnumSet.of(SUBMITTED, REJECTED, CANCELLED));
        ALLOWED.put(SUBMITTED, EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, UNKNOWN));
        ALLOWED.put(UNKNOWN, EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, EXPIRED));
        ALLOWED.put(ACCEPTED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED));
        ALLOWED.put(PARTIALLY_FILLED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED));
        for (OrderStatus status : OrderStatus.values()) {
            ALLOWED.putIfAbsent(status, EnumSet.noneOf(OrderStatus.class));
        }
    }

    private OrderTransitions() {
    }

    /** True when an order in {@code from} may move to {@code to}; {@code from} null means the order is being created. */
    public static boolean allowed(OrderStatus from, OrderStatus to) {
        return from == null ? to == NEW : ALLOWED.get(from).contains(to);
    }

    /** Throws {@link IllegalOrderTransition} unless {@code from → to} is allowed. */
    public static void check(String clientOrderId, OrderStatus from, OrderStatus to) {
        if (!allowed(from, to)) {
            throw new IllegalOrderTransition(clientOrderId, from, to);
        }
    }

    /** A transition the state machine forbids: a bug or a broker report out of order, never applied. */
    public static final class IllegalOrderTransition extends IllegalStateException {

        IllegalOrderTransition(String clientOrderId, OrderStatus from, OrderStatus to) {
            super("Order " + clientOrderId + " cannot go from " + from + " to " + to);
        }
    }
}
