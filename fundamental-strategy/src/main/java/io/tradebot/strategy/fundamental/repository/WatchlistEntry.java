package io.tradebot.strategy.fundamental.repository;

import io.tradebot.common.watchlist.WatchlistSource;
import io.tradebot.common.watchlist.WatchlistStatus;
import io.tradebot.strategy.fundamental.signal.WatchlistSignal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code watchlist_entry}; the screeners write it, this strategy only moves its status on. */
@Entity
@Table(name = "watchlist_entry")
public class WatchlistEntry {

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WatchlistSource source;

    @Column(nullable = false)
    public String symbol;

    @Column(name = "trade_date", nullable = false)
    public LocalDate tradeDate;

    @Column(nullable = false, precision = 19, scale = 6)
    public BigDecimal score;

    @Column(nullable = false)
    public String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WatchlistStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** This row as a signal. */
    public WatchlistSignal toSignal() {
        return new WatchlistSignal(id, symbol, tradeDate, score, reasons);
    }
}
