package io.tradebot.ibkr.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code closed_trade}: the part of a position one execution closed. {@code entryPrice} is the
 * position's average cost (entry commissions included), {@code commission} the closing execution's
 * commission on the closed quantity, so {@code realizedPnl} = (exit − entry) × quantity × (±1) − commission.
 */
@Entity
@Table(name = "closed_trade")
public class ClosedTradeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "exec_id")
    public String execId;
    @Column(name = "client_order_id")
    public String clientOrderId;
    public String strategy;
    public String symbol;
    /** LONG or SHORT: the direction of the position that was closed. */
    public String direction;
    public BigDecimal quantity;
    @Column(name = "entry_price")
    public BigDecimal entryPrice;
    @Column(name = "exit_price")
    public BigDecimal exitPrice;
    @Column(name = "realized_pnl")
    public BigDecimal realizedPnl;
    public BigDecimal commission;
    @Column(name = "closed_at")
    public Instant closedAt;
}
