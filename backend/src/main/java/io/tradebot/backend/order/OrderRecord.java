package io.tradebot.backend.order;

import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.TimeInForce;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of the {@code orders} table, owned by ibkr-client; read-only here. */
@Entity
@Immutable
@Table(name = "orders")
public class OrderRecord {

    @Id
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
    @Column(name = "stop_price")
    public BigDecimal stopPrice;
    @Column(name = "parent_client_order_id")
    public String parentClientOrderId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** This order as the API shows it. */
    public OrderView toView() {
        return new OrderView(clientOrderId, brokerOrderId, strategy, symbol, side, type, quantity, limitPrice,
                timeInForce, status, filledQuantity, avgFillPrice, commission, rejectReason, createdAt, updatedAt,
                stopPrice, parentClientOrderId);
    }
}
