package io.tradebot.ibkr.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code position}: the holding of one symbol; kept at quantity 0 when flat so its realized profit stays. */
@Entity
@Table(name = "position")
public class PositionEntity {

    @Id
    public String symbol;
    public BigDecimal quantity;
    @Column(name = "avg_cost")
    public BigDecimal avgCost;
    @Column(name = "realized_pnl")
    public BigDecimal realizedPnl;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
