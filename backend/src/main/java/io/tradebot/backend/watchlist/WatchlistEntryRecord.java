package io.tradebot.backend.watchlist;

import io.tradebot.common.watchlist.WatchlistEntryView;
import io.tradebot.common.watchlist.WatchlistSource;
import io.tradebot.common.watchlist.WatchlistStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A row of the {@code watchlist_entry} table, written by the screeners; read-only here. */
@Entity
@Immutable
@Table(name = "watchlist_entry")
public class WatchlistEntryRecord {

    @Id
    public Long id;
    @Enumerated(EnumType.STRING)
    public WatchlistSource source;
    public String symbol;
    @Column(name = "trade_date")
    public LocalDate tradeDate;
    public BigDecimal score;
    public String reasons;
    @Enumerated(EnumType.STRING)
    public WatchlistStatus status;
    @Column(name = "created_at")
    public Instant createdAt;

    /** This entry as the API shows it. */
    public WatchlistEntryView toView() {
        return new WatchlistEntryView(id, source, symbol, tradeDate, score, reasons, status, createdAt);
    }
}
