package io.tradebot.backend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.tradebot.backend.watchlist.WatchlistEntryRecord;
import io.tradebot.common.watchlist.WatchlistSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code watchlist_entry} table, read newest trading day first, best score first within a day. */
@ApplicationScoped
public class WatchlistRepository implements PanacheRepository<WatchlistEntryRecord> {

    /** At most {@code limit} entries, optionally of one trading day and one source. */
    public List<WatchlistEntryRecord> newest(Optional<LocalDate> tradeDate, Optional<WatchlistSource> source,
            int limit) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        tradeDate.ifPresent(d -> {
            clauses.add("tradeDate = :tradeDate");
            parameters.and("tradeDate", d);
        });
        source.ifPresent(s -> {
            clauses.add("source = :source");
            parameters.and("source", s);
        });
        Sort order = Sort.descending("tradeDate", "score").and("symbol");
        var query = clauses.isEmpty() ? findAll(order) : find(String.join(" and ", clauses), order, parameters);
        return query.page(0, limit).list();
    }
}
