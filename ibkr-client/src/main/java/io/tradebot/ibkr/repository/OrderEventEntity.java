package io.tradebot.ibkr.repository;

import io.tradebot.common.order.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code order_event}: one status change of one order, with why and when. */
@Entity
@Table(name = "order_event")
public class OrderEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "order_id")
    public Long orderId;
    @Column(name = "client_order_id")
    public String clientOrderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public OrderStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public OrderStatus toStatus;
    public String reason;
    public Instant at;
}
