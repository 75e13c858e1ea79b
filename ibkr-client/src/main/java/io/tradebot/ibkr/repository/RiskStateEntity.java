package io.tradebot.ibkr.repository;

import io.tradebot.strategy.risk.TradingState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The one row of {@code risk_state}: the trading state with who set it and why, and today's start-of-day equity. */
@Entity
@Table(name = "risk_state")
public class RiskStateEntity {

    /** The id of the one row. */
    public static final int ID = 1;

    @Id
    public Integer id;
    @Enumerated(EnumType.STRING)
    @Column(name = "trading_state")
    public TradingState tradingState;
    public String reason;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "start_of_day_equity")
    public BigDecimal startOfDayEquity;
    @Column(name = "start_of_day_date")
    public LocalDate startOfDayDate;
    @Column(name = "daily_loss_triggered")
    public boolean dailyLossTriggered;
}
