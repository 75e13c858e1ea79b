package io.tradebot.screener.earnings.repository;

import io.tradebot.common.watchlist.WatchlistEntryView;
import io.tradebot.common.watchlist.WatchlistSource;
import io.tradebot.common.watchlist.WatchlistStatus;
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
import java.time.LocalDate;

/** A row of {@code watchlist_entry}: one candidate of one screener for one trading day. */
@Entity
@Table(name = "watchlist_entry")
public class WatchlistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    /** JSON text with every number behind the entry. */
    @Column(nullable = false)
    public String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WatchlistStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** This row as the API shows it. */
    public WatchlistEntryView toView() {
        return new WatchlistEntryView(id, source, symbol, tradeDate, score, reasons, status, createdAt);
    }
}
