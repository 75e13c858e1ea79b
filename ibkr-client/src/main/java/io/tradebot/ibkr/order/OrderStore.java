package io.tradebot.ibkr.order;

import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.broker.BrokerAck;
import io.tradebot.ibkr.broker.BrokerOrderReport;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** The order rows' writes, each in a transaction of its own so a placement can recover from a lost race. */
@ApplicationScoped
public class OrderStore {

    /** Reason code of an order the broker, asked after an unconfirmed submission, does not know. */
    public static final String NOT_AT_BROKER = "NOT_AT_BROKER";

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;

    public OrderStore(OrderRepository orders, OrderLifecycle lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OrderEntity> find(String clientOrderId) {
        return orders.findByClientOrderId(clientOrderId);
    }

    /** Records a new order, NEW then SUBMITTED (both events written); a duplicate clientOrderId fails on the unique key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrderEntity insert(ValidOrder order, Instant now) {
        return insert(order, now, null);
    }

    /**
     * Records a new order, NEW then SUBMITTED when {@code rejectReason} is null, otherwise NEW then REJECTED
     * with that reason (cut to the column's 255 characters), each move with its event; a duplicate
     * clientOrderId fails on the unique key.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
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
            row.rejectReason = rejectReason.substring(0, Math.min(rejectReason.length(), 255));
        }
        // inserted in the status it leaves this transaction in: one INSERT, no UPDATE; both events written
        row.status = rejectReason == null ? OrderStatus.SUBMITTED : OrderStatus.REJECTED;
        orders.persistAndFlush(row);
        lifecycle.createdAs(row, row.status, rejectReason == null ? "sending to the broker" : row.rejectReason, now);
        return row;
    }

    /** Records the broker's answer to a submitted order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrderEntity acknowledge(long orderId, BrokerAck ack, Instant now) {
        OrderEntity row = orders.findById(orderId);
        if (row.status == OrderStatus.SUBMITTED) {
            row.brokerOrderId = ack.brokerOrderId();
            row.rejectReason = ack.rejectReason();
            lifecycle.move(row, ack.status(), ack.rejectReason() == null ? "acknowledged by the broker" : ack.rejectReason(), now);
        }
        return row;
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
}
