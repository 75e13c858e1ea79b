package io.tradebot.ibkr.broker;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderView;
import java.util.List;
import java.util.Optional;

/** Orders, positions and the account at the broker. */
public interface BrokerGateway {

    /**
     * Sends an order that is already recorded locally (status SUBMITTED) to the broker and returns
     * what the broker answered. Must not throw for a refusal: a refusal is an acknowledgement with status REJECTED.
     */
    BrokerAck place(BrokerOrder order);

    /**
     * Sends several recorded orders at once and returns the broker's answer to each, in their order. Throws when
     * it cannot tell what the broker did with them: every one of them is then unconfirmed (looked up, never resent).
     * By default, one {@link #place} after another. ibkr-client calls it inside the transaction that then records the
     * answers (a {@code WriterConnection}'s): an adapter that books orders in this database writes through {@code Jdbc}
     * and so commits with the answers; if that transaction fails, the orders are unconfirmed all the same.
     */
    default List<BrokerAck> placeAll(List<BrokerOrder> orders) {
        return orders.stream().map(this::place).toList();
    }

    /**
     * True when {@link #placeAll} books what the broker receives only in the caller's transaction (the sim exchange,
     * which keeps its book in this database): a transaction rolled back after it leaves the broker with nothing, so
     * placing the same orders again in a new one is not a resend. False for a remote broker, whose receipt stays.
     */
    default boolean placesWithinTransaction() {
        return false;
    }

    /**
     * Asks the broker to stop working an order whose cancellation is already recorded locally (in the
     * caller's transaction). True when the broker confirms; false when it cannot (e.g. the order has
     * already filled there), in which case the caller undoes the local cancellation.
     */
    boolean cancel(String clientOrderId, String brokerOrderId);

    /**
     * Looks an order up at the broker by the clientOrderId it was sent under: empty when the broker never
     * received it. This is how an order whose submission was not confirmed is resolved; it is never resent.
     */
    Optional<BrokerOrderReport> lookup(String clientOrderId);

    /** The orders the broker still works (not terminal), newest first. */
    List<OrderView> openOrders();

    /** Per symbol and side, the unfilled quantity of the orders the broker still works: what pre-trade risk needs of them. */
    List<OpenQuantity> openQuantities();

    /** Every non-zero position, valued at the last price known to the market clock. */
    List<PositionView> positions();

    /** The account summary at the market clock's now. */
    AccountView account();

    /** The account summary and every non-zero position together, from one reading (what pre-trade risk needs per order). */
    Portfolio portfolio();
}
