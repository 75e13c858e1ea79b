package io.tradebot.ibkr.repository;

import io.tradebot.common.order.OrderSide;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code execution}: one fill, unique by the broker's {@code execId}. */
@Entity
@Table(name = "execution")
public class ExecutionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "exec_id")
    public String execId;
    @Column(name = "client_order_id")
    public String clientOrderId;
    public String symbol;
    @Enumerated(EnumType.STRING)
    public OrderSide side;
    public BigDecimal quantity;
    public BigDecimal price;
    public BigDecimal commission;
    @Column(name = "executed_at")
    public Instant executedAt;
}
