package io.tradebot.screener.earnings.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.tradebot.common.watchlist.WatchlistSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code watchlist_entry} rows. */
@ApplicationScoped
public class WatchlistEntryRepository implements PanacheRepository<WatchlistEntry> {

    /** The entry of {@code source} for {@code symbol} on {@code tradeDate}, if there is one. */
    public Optional<WatchlistEntry> find(WatchlistSource source, String symbol, LocalDate tradeDate) {
        return find("source = ?1 and symbol = ?2 and tradeDate = ?3", source, symbol, tradeDate).firstResultOptional();
    }

    /** The entries of one source for trade dates in [from, to], by date then best score first. */
    public List<WatchlistEntry> between(WatchlistSource source, LocalDate from, LocalDate to) {
        return list("source = ?1 and tradeDate >= ?2 and tradeDate <= ?3 order by tradeDate, score desc, symbol",
                source, from, to);
    }
}
