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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Places orders exactly once per clientOrderId: a retry with the same fields gets the existing
 * order back, a different order under a used id is refused. Calls with the same id take turns, and a retry of an
 * order this process has not placed lately is caught by the database's unique key. An order whose row was recorded
 * but never handed to the broker (the call that recorded it failed after the commit) is handed over by the next call
 * with its id, once. Concurrent placements share their writes: the new rows, and the hand-over to the broker with its
 * acknowledgements, are each written for all of them at once ({@link GroupCommit}).
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
    /** The placements under way, by clientOrderId, each completed when it ends: one per id at a time. */
    private final ConcurrentHashMap<String, CompletableFuture<Void>> placing = new ConcurrentHashMap<>();
    /**
     * The clientOrderIds handed to the broker whose rows may still be SUBMITTED: under way, or failed without becoming
     * UNKNOWN. Such a row must never be handed over again.
     */
    private final Set<String> handedOver = ConcurrentHashMap.newKeySet();

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

    /**
     * Places {@code request} once. Calls with the same clientOrderId run one after the other (a second waits for the
     * first to finish, then is answered with what the first recorded), so only one placement of an id is ever under way
     * in this process.
     */
    public OrderPlacement place(PlaceOrderRequest request) {
        ValidOrder order = validator.validate(request);
        if (!reconciliation.awaitDone(RECONCILIATION_WAIT)) {
            throw new ProblemException(Problem.of(503, "ibkr-client is reconciling its orders with the broker after a start;"
                    + " no order is accepted until that is done. Retry in a few seconds."));
        }
        while (true) {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> other = placing.putIfAbsent(order.clientOrderId(), mine);
            if (other == null) {
                try {
                    return placeAlone(order);
                } finally {
                    placing.remove(order.clientOrderId(), mine);
                    mine.complete(null);
                }
            }
            other.join();
        }
    }

    /** {@link #place} once no other placement of this clientOrderId is under way. */
    private OrderPlacement placeAlone(ValidOrder order) {
        if (recentIds.contains(order.clientOrderId())) {
            Optional<OrderEntity> existing = store.find(order.clientOrderId());
            if (existing.isPresent()) {
                return again(order, existing.get());
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
            return again(order, store.find(order.clientOrderId()).orElseThrow(() -> e));
        }
        recentIds.add(created.clientOrderId);
        if (created.status == OrderStatus.REJECTED) {
            return new OrderPlacement(OrderViews.of(created), true);
        }
        return handOver(created, order);
    }

    /**
     * Hands {@code row} (SUBMITTED) to the broker and answers with it as acknowledged. Its clientOrderId is noted first
     * and kept while the row could still be SUBMITTED afterwards (a failure), so it is never handed over a second time.
     */
    private OrderPlacement handOver(OrderEntity row, ValidOrder order) {
        handedOver.add(row.clientOrderId);
        Sent sent = sending.submit(row);
        if (sent.failure() != null) {
            throw sent.failure();
        }
        OrderEntity acknowledged = sent.movedOn() ? store.find(row.clientOrderId).orElseThrow() : sent.recorded();
        if (acknowledged.status != OrderStatus.SUBMITTED) {
            handedOver.remove(row.clientOrderId); // a status never goes back to SUBMITTED
        }
        metrics.counter("tradebot.orders.placed", "strategy", order.strategy()).increment();
        Log.infof("Order %s %s %s %s: %s", order.clientOrderId(), order.side(), order.quantity().toPlainString(),
                order.symbol(), acknowledged.status);
        return new OrderPlacement(OrderViews.of(acknowledged), true);
    }

    /**
     * Answers a call for a clientOrderId already recorded: a different order under it is refused (409); the same order is
     * returned as it is now, unless it was recorded but never handed to the broker. That happens when the commit of its
     * row succeeded but the answer was lost, so the call that wrote it failed (or found its own row on the retry of its
     * batch). Such a row is this process's (a start turns every SUBMITTED row UNKNOWN before taking orders), no other
     * placement of it is under way, and its id was never handed over ({@link #handedOver}), so this call finishes the
     * placement: the risk checks run again (a halt meanwhile keeps it from the broker: REJECTED), then the hand-over.
     */
    private OrderPlacement again(ValidOrder order, OrderEntity existing) {
        if (!order.sameAs(existing)) {
            throw new ProblemException(Problem.of(409, "clientOrderId '" + order.clientOrderId()
                    + "' was already used for a different order", "clientOrderId"));
        }
        if (existing.status != OrderStatus.SUBMITTED || handedOver.contains(existing.clientOrderId)) {
            return new OrderPlacement(OrderViews.of(existing), false);
        }
        Log.warnf("Order %s was recorded but never handed to the broker (the call that recorded it failed); handing it"
                + " over now", existing.clientOrderId);
        recentIds.add(existing.clientOrderId);
        OrderEntity screened = risk.screen(order,
                (now, rejectReason) -> rejectReason == null ? existing : store.rejectUnsent(existing.id, rejectReason, now));
        if (screened.status != OrderStatus.SUBMITTED) {
            return new OrderPlacement(OrderViews.of(screened), true);
        }
        return handOver(screened, order);
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

    private static boolean isDuplicateKey(Throwable e) {
        return Jdbc.causedBy(e, cause -> cause instanceof org.hibernate.exception.ConstraintViolationException
                || cause instanceof SQLIntegrityConstraintViolationException);
    }
}
