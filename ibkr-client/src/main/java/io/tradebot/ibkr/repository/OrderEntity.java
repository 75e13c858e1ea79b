package io.tradebot.ibkr.repository;

import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code orders}: one order, keyed for callers by its unique {@code clientOrderId}. */
@Entity
@Table(name = "orders")
public class OrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "client_order_id")
    public String clientOrderId;
    @Column(name = "broker_order_id")
    public String brokerOrderId;
    public String strategy;
    public String symbol;
    @Enumerated(EnumType.STRING)
    public OrderSide side;
    @Enumerated(EnumType.STRING)
    @Column(name = "order_type")
    public OrderType type;
    public BigDecimal quantity;
    @Column(name = "limit_price")
    public BigDecimal limitPrice;
    @Column(name = "stop_price")
    public BigDecimal stopPrice;
    @Column(name = "bracket_stop_loss")
    public BigDecimal bracketStopLoss;
    @Column(name = "bracket_take_profit")
    public BigDecimal bracketTakeProfit;
    /** The entry order this one exits, for a bracket's stop-loss and take-profit children. */
    @Column(name = "parent_client_order_id")
    public String parentClientOrderId;
    /** Orders of one group cancel each other: the first to execute cancels the rest. */
    @Column(name = "oco_group")
    public String ocoGroup;
    /** When a DAY order stops working (the close of its session); null for GTC or until the exchange has set it. */
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "stop_triggered")
    public boolean stopTriggered;
    /** Start of the last bar the simulated exchange walked this order over. */
    @Column(name = "evaluated_through")
    public Instant evaluatedThrough;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_in_force")
    public TimeInForce timeInForce;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    @Column(name = "filled_quantity")
    public BigDecimal filledQuantity;
    @Column(name = "avg_fill_price")
    public BigDecimal avgFillPrice;
    public BigDecimal commission;
    @Column(name = "reject_reason")
    public String rejectReason;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    /** A detached copy with every field of this row, to change without touching this one. */
    public OrderEntity copy() {
        OrderEntity copy = new OrderEntity();
        copy.id = id;
        copy.clientOrderId = clientOrderId;
        copy.brokerOrderId = brokerOrderId;
        copy.strategy = strategy;
        copy.symbol = symbol;
        copy.side = side;
        copy.type = type;
        copy.quantity = quantity;
        copy.limitPrice = limitPrice;
        copy.stopPrice = stopPrice;
        copy.bracketStopLoss = bracketStopLoss;
        copy.bracketTakeProfit = bracketTakeProfit;
        copy.parentClientOrderId = parentClientOrderId;
        copy.ocoGroup = ocoGroup;
        copy.expiresAt = expiresAt;
        copy.stopTriggered = stopTriggered;
        copy.evaluatedThrough = evaluatedThrough;
        copy.timeInForce = timeInForce;
        copy.status = status;
        copy.filledQuantity = filledQuantity;
        copy.avgFillPrice = avgFillPrice;
        copy.commission = commission;
        copy.rejectReason = rejectReason;
        copy.submittedAt = submittedAt;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        copy.version = version;
        return copy;
    }
}
