package io.tradebot.screener.fundamental.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.tradebot.common.watchlist.WatchlistSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Reads and writes {@code watchlist_entry} rows. */
@ApplicationScoped
public class WatchlistEntryRepository implements PanacheRepository<WatchlistEntry> {

    /** The entries one source wrote for one trading day, best score first. */
    public List<WatchlistEntry> forDay(WatchlistSource source, LocalDate tradeDate) {
        return list("source = ?1 and tradeDate = ?2 order by score desc, symbol", source, tradeDate);
    }
}
