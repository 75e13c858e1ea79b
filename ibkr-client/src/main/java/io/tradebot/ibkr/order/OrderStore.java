package io.tradebot.ibkr.order;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.broker.BrokerAck;
import io.tradebot.ibkr.broker.BrokerOrderReport;
import io.tradebot.ibkr.repository.OrderBatchRepository;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderEventEntity;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.ibkr.repository.WriterConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The order rows' writes, each in a transaction of its own so a placement can recover from a lost race. The two
 * writes every placement makes are group commits, whatever arrives while one is being written going into the next,
 * so concurrent placements share one commit: the new rows ({@link #insert}), and the hand-over to the broker with its
 * answers ({@link #sendAndAcknowledge}, driven by {@link OrderService}'s group commit). Each runs by plain JDBC on a
 * connection of its own ({@link WriterConnection}), without JTA's extra round trips.
 */
@ApplicationScoped
public class OrderStore {

    /** Reason code of an order the broker, asked after an unconfirmed submission, does not know. */
    public static final String NOT_AT_BROKER = "NOT_AT_BROKER";

    /** The length of the {@code reject_reason} column. */
    private static final int REASON_COLUMN = 255;

    /** The most orders one group commit writes. */
    private static final int MAX_BATCH = 200;

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final OrderBatchRepository batches;
    private final WriterConnection insertConnection;
    private final WriterConnection sendingConnection;
    private final GroupCommit<OrderEntity, OrderEntity> inserts;

    public OrderStore(OrderRepository orders, OrderLifecycle lifecycle, OrderBatchRepository batches, AgroalDataSource database,
            MeterRegistry metrics) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.batches = batches;
        this.insertConnection = new WriterConnection(database, "order-inserts");
        this.sendingConnection = new WriterConnection(database, "orders-to-broker");
        this.inserts = new GroupCommit<>("order-inserts", MAX_BATCH, this::insertAll, metrics);
    }

    @PreDestroy
    void close() {
        inserts.close();
        insertConnection.close();
        sendingConnection.close();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OrderEntity> find(String clientOrderId) {
        return orders.findByClientOrderId(clientOrderId);
    }

    /** Records a new order, NEW then SUBMITTED (both events written); a duplicate clientOrderId fails on the unique key. */
    public OrderEntity insert(ValidOrder order, Instant now) {
        return insert(order, now, null);
    }

    /**
     * Records a new order, NEW then SUBMITTED when {@code rejectReason} is null, otherwise NEW then REJECTED
     * with that reason (cut to the column's 255 characters), each move with its event; a duplicate
     * clientOrderId fails on the unique key. Written and committed together with the other orders arriving
     * meanwhile (one INSERT for the rows, one for their events); returns once it is committed.
     */
    public OrderEntity insert(ValidOrder order, Instant now, String rejectReason) {
        OrderEntity row = new OrderEntity();
        row.clientOrderId = order.clientOrderId();
        row.strategy = order.strategy();
        row.symbol = order.symbol();
        row.side = order.side();
        row.type = order.type();
        row.quantity = order.quantity();
        row.limitPrice = order.limitPrice();
        row.stopPrice = order.stopPrice();
        if (order.bracket() != null) {
            row.bracketStopLoss = order.bracket().stopLoss();
            row.bracketTakeProfit = order.bracket().takeProfit();
        }
        row.timeInForce = order.timeInForce();
        row.filledQuantity = BigDecimal.ZERO;
        row.commission = BigDecimal.ZERO;
        row.submittedAt = now;
        row.createdAt = now;
        row.updatedAt = now;
        if (rejectReason != null) {
            row.rejectReason = reasonColumn(rejectReason);
        }
        // inserted in the status it leaves this transaction in: one INSERT, no UPDATE; both events written
        row.status = rejectReason == null ? OrderStatus.SUBMITTED : OrderStatus.REJECTED;
        return inserts.submit(row);
    }

    private List<OrderEntity> insertAll(List<OrderEntity> rows) {
        return insertConnection.inTransaction(() -> {
            batches.insert(rows);
            List<OrderEventEntity> events = new ArrayList<>(2 * rows.size());
            for (OrderEntity row : rows) {
                String reason = row.status == OrderStatus.SUBMITTED ? "sending to the broker" : row.rejectReason;
                events.addAll(lifecycle.createdAsUnwritten(row, row.status, reason, row.submittedAt));
            }
            batches.insertEvents(events);
            return rows;
        });
    }

    /**
     * Hands {@code rows}, orders this process inserted SUBMITTED, to the broker through {@code send} and records its
     * answers, in one transaction on a connection of its own: an adapter that books orders in this database (the
     * sim's exchange) writes its receipts through {@link io.tradebot.ibkr.repository.Jdbc} in that same transaction,
     * so they commit or roll back with the acknowledgements. Each order moves to the status the broker answered,
     * with its event, unless it has moved on meanwhile (a cancel, say): that one's entry is null, for the caller to
     * read as it is now. Throws when anything fails, and then nothing is recorded: what the broker did with the
     * orders is unknown (a remote broker's receipt does not roll back), so the caller must not send them again.
     */
    public List<OrderEntity> sendAndAcknowledge(List<OrderEntity> rows, Supplier<List<BrokerAck>> send, Supplier<Instant> now) {
        List<OrderEntity> copies = rows.stream().map(OrderEntity::copy).toList();
        return sendingConnection.inTransaction(() -> {
            List<BrokerAck> acks = send.get();
            if (acks.size() != copies.size()) {
                throw new IllegalStateException("the broker answered " + acks.size() + " of " + copies.size() + " orders");
            }
            Instant at = now.get();
            Map<Long, OrderBatchRepository.Locked> locked = batches.lock(copies.stream().map(row -> row.id).toList());
            List<OrderEntity> acknowledged = new ArrayList<>(copies.size());
            List<OrderEntity> moved = new ArrayList<>(copies.size());
            List<OrderEventEntity> events = new ArrayList<>(copies.size());
            for (int i = 0; i < copies.size(); i++) {
                OrderEntity row = copies.get(i);
                BrokerAck ack = acks.get(i);
                OrderBatchRepository.Locked current = locked.get(row.id);
                if (current == null || current.status() != OrderStatus.SUBMITTED || current.version() != row.version) {
                    acknowledged.add(null);
                    continue;
                }
                row.brokerOrderId = ack.brokerOrderId();
                row.rejectReason = ack.rejectReason();
                events.add(lifecycle.moveUnwritten(row, ack.status(),
                        ack.rejectReason() == null ? "acknowledged by the broker" : ack.rejectReason(), at));
                moved.add(row);
                acknowledged.add(row);
            }
            batches.updateStatus(moved);
            batches.insertEvents(events);
            return acknowledged;
        });
    }

    /** A submission the broker did not confirm (no answer, an error, a restart): SUBMITTED → UNKNOWN. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrderEntity markUnknown(long orderId, String reason, Instant now) {
        OrderEntity row = orders.lockById(orderId).orElseThrow();
        if (row.status == OrderStatus.SUBMITTED) {
            lifecycle.move(row, OrderStatus.UNKNOWN, reason, now);
        }
        return row;
    }

    /**
     * An order recorded but never handed to the broker that the risk checks now refuse (a halt since it was recorded):
     * SUBMITTED → REJECTED with {@code reason}, cut to the column's 255 characters. A row that moved on is returned as it is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrderEntity rejectUnsent(long orderId, String reason, Instant now) {
        OrderEntity row = orders.lockById(orderId).orElseThrow();
        if (row.status == OrderStatus.SUBMITTED) {
            row.rejectReason = reasonColumn(reason);
            lifecycle.move(row, OrderStatus.REJECTED, row.rejectReason, now);
        }
        return row;
    }

    /**
     * Settles an UNKNOWN order from what the broker reports when asked by clientOrderId: found → the
     * broker's id and status; not found → REJECTED, since the broker never received it. It is never resent:
     * the strategy that wants it must place it again under a new clientOrderId.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrderEntity resolve(long orderId, Optional<BrokerOrderReport> report, Instant now) {
        OrderEntity row = orders.lockById(orderId).orElseThrow();
        if (row.status != OrderStatus.UNKNOWN) {
            return row;
        }
        if (report.isPresent()) {
            row.brokerOrderId = report.get().brokerOrderId();
            lifecycle.move(row, report.get().status(), "found at the broker by clientOrderId", now);
        } else {
            row.rejectReason = NOT_AT_BROKER + ": the broker never received this order (ibkr-client stopped or lost the"
                    + " connection before sending it); it was not resent";
            lifecycle.move(row, OrderStatus.REJECTED, row.rejectReason, now);
        }
        return row;
    }

    /** {@code reason} cut to what the {@code reject_reason} column holds. */
    private static String reasonColumn(String reason) {
        return reason.substring(0, Math.min(reason.length(), REASON_COLUMN));
    }
}
