package io.tradebot.ibkr.order;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.problem.Problem;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.BrokerOrder;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.repository.Jdbc;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.risk.RiskGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PreDestroy;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places orders exactly once per clientOrderId: a retry with the same fields gets the existing
 * order back, a different order under a used id is refused, and concurrent duplicates (and retries of
 * orders this process has not placed lately) are settled by the database's unique key. Concurrent
 * placements share their writes: the new rows, the hand-over to the broker and the acknowledgements are
 * each written for all of them at once ({@link GroupCommit}).
 */
@ApplicationScoped
public class OrderService {

    /** How long a placement arriving during the start's reconciliation waits for it before a 503. */
    private static final Duration RECONCILIATION_WAIT = Duration.ofSeconds(5);
    /** The most orders handed to the broker in one go. */
    private static final int MAX_SEND = 200;
    /** How often a hand-over the database gave up (a deadlock) is run again, when the broker's receipts roll back with it. */
    private static final int MAX_SEND_ATTEMPTS = 5;

    private final OrderValidator validator;
    private final OrderStore store;
    private final GroupCommit<OrderEntity, Sent> sending;
    private final BrokerGateway broker;
    private final MarketClock clock;
    private final MeterRegistry metrics;
    private final RiskGate risk;
    private final BrokerReconciliation reconciliation;
    private final RecentIds recentIds = new RecentIds(100_000);

    public OrderService(OrderValidator validator, OrderStore store, BrokerGateway broker, MarketClock clock,
            MeterRegistry metrics, RiskGate risk, BrokerReconciliation reconciliation) {
        this.reconciliation = reconciliation;
        this.validator = validator;
        this.store = store;
        this.broker = broker;
        this.clock = clock;
        this.metrics = metrics;
        this.risk = risk;
        this.sending = new GroupCommit<>("orders-to-broker", MAX_SEND, this::send, metrics);
    }

    @PreDestroy
    void close() {
        sending.close();
    }

    /**
     * What handing one order to the broker came to: {@code recorded}, the order as acknowledged; or null with
     * {@code movedOn} when it moved on meanwhile (read it anew); or the {@code failure} to answer the caller with.
     */
    private record Sent(OrderEntity recorded, boolean movedOn, RuntimeException failure) {
    }

    /**
     * Hands {@code rows} to the broker together and records the answers in the same transaction
     * ({@link OrderStore#sendAndAcknowledge}). Never throws, so a batch is never sent twice: when that transaction fails,
     * nobody can tell what the broker did with the orders, so each becomes UNKNOWN until a lookup by clientOrderId
     * settles it (the sim's receipts were rolled back with the transaction, so it answers "never received"). Only when
     * the database gave the transaction up (a deadlock, a lock wait timeout) and the broker's receipts roll back with
     * it ({@link BrokerGateway#placesWithinTransaction}, the sim) is it run again, up to {@value #MAX_SEND_ATTEMPTS}
     * times in all: nothing of the first attempt is left anywhere, so that is not a resend.
     */
    private List<Sent> send(List<OrderEntity> rows) {
        List<BrokerOrder> orders = rows.stream().map(row -> new BrokerOrder(row.id, row.clientOrderId, row.symbol, row.side,
                row.type, row.quantity, row.limitPrice, row.stopPrice, row.timeInForce, row.submittedAt)).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                List<OrderEntity> recorded = store.sendAndAcknowledge(rows, () -> broker.placeAll(orders), clock::now);
                return recorded.stream().map(row -> new Sent(row, row == null, null)).toList();
            } catch (RuntimeException e) {
                if (attempt < MAX_SEND_ATTEMPTS && broker.placesWithinTransaction() && Jdbc.isTransient(e)) {
                    // the broker's receipts were rolled back with the rest: placing them again is not a resend
                    Log.warnf("Handing %d order(s) to the broker: %s; trying again (attempt %d)", rows.size(), e.toString(),
                            attempt + 1);
                    continue;
                }
                Log.errorf(e, "%d order(s) handed to the broker without a confirmation; UNKNOWN until looked up: %s",
                        rows.size(), rows.stream().map(row -> row.clientOrderId).toList());
                return rows.stream().map(row -> unconfirmed(row, e)).toList();
            }
        }
    }

    private Sent unconfirmed(OrderEntity row, RuntimeException cause) {
        try {
            return new Sent(store.markUnknown(row.id, "no confirmation from the broker: " + cause, clock.now()), false, null);
        } catch (RuntimeException e) {
            // still SUBMITTED: the start's reconciliation turns it UNKNOWN and looks it up, never resends it
            e.addSuppressed(cause);
            return new Sent(null, false, e);
        }
    }

    public OrderPlacement place(PlaceOrderRequest request) {
        ValidOrder order = validator.validate(request);
        if (!reconciliation.awaitDone(RECONCILIATION_WAIT)) {
            throw new ProblemException(Problem.of(503, "ibkr-client is reconciling its orders with the broker after a start;"
                    + " no order is accepted until that is done. Retry in a few seconds."));
        }
        if (recentIds.contains(order.clientOrderId())) {
            Optional<OrderEntity> existing = store.find(order.clientOrderId());
            if (existing.isPresent()) {
                return retried(order, existing.get());
            }
        }
        OrderEntity created;
        try {
            // pre-trade risk runs before the broker sees the order; a rejection is stored as REJECTED and returned
            created = risk.screen(order, (now, rejectReason) -> store.insert(order, now, rejectReason));
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            return retried(order, store.find(order.clientOrderId()).orElseThrow(() -> e));
        }
        recentIds.add(created.clientOrderId);
        if (created.status == OrderStatus.REJECTED) {
            return new OrderPlacement(OrderViews.of(created), true);
        }
        Sent sent = sending.submit(created);
        if (sent.failure() != null) {
            throw sent.failure();
        }
        OrderEntity acknowledged = sent.movedOn() ? store.find(created.clientOrderId).orElseThrow() : sent.recorded();
        metrics.counter("tradebot.orders.placed", "strategy", order.strategy()).increment();
        Log.infof("Order %s %s %s %s: %s", order.clientOrderId(), order.side(), order.quantity().toPlainString(),
                order.symbol(), acknowledged.status);
        return new OrderPlacement(OrderViews.of(acknowledged), true);
    }

    /**
     * The clientOrderIds placed through this process lately (the newest {@code capacity}). A retry of one
     * of them is answered from the database before any risk check; an id not here is taken to be new and
     * goes straight to the check and the insert, where the unique key still catches a retry of an older
     * order (or one placed before a restart), which is then answered the same way.
     */
    private static final class RecentIds {
        private final Map<String, Boolean> ids;

        RecentIds(int capacity) {
            this.ids = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > capacity;
                }
            });
        }

        boolean contains(String id) {
            return ids.containsKey(id);
        }

        void add(String id) {
            ids.put(id, Boolean.TRUE);
        }
    }

    private static OrderPlacement retried(ValidOrder order, OrderEntity existing) {
        if (!order.sameAs(existing)) {
            throw new ProblemException(Problem.of(409, "clientOrderId '" + order.clientOrderId()
                    + "' was already used for a different order", "clientOrderId"));
        }
        return new OrderPlacement(OrderViews.of(existing), false);
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
