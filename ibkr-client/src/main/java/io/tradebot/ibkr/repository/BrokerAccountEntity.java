package io.tradebot.ibkr.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code broker_account}: cash and realized profit of one brokerage account. */
@Entity
@Table(name = "broker_account")
public class BrokerAccountEntity {

    @Id
    @Column(name = "account_id")
    public String accountId;
    public String currency;
    public BigDecimal cash;
    @Column(name = "realized_pnl")
    public BigDecimal realizedPnl;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
