package io.tradebot.strategy.fundamental.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.tradebot.common.watchlist.WatchlistSource;
import io.tradebot.common.watchlist.WatchlistStatus;
import io.tradebot.strategy.fundamental.signal.WatchlistSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reads the NEW fundamental entries and moves them on, each change in its own transaction. */
@ApplicationScoped
public class WatchlistEntryRepository implements PanacheRepository<WatchlistEntry> {

    /** Every fundamental entry still waiting for the strategy. */
    @Transactional
    public List<WatchlistSignal> fresh() {
        return list("source = ?1 and status = ?2 order by tradeDate, id", WatchlistSource.FUNDAMENTAL, WatchlistStatus.NEW)
                .stream().map(WatchlistEntry::toSignal).toList();
    }

    /** How many fundamental entries for {@code tradeDate} became orders. */
    @Transactional
    public long consumedOn(LocalDate tradeDate) {
        return count("source = ?1 and status = ?2 and tradeDate = ?3", WatchlistSource.FUNDAMENTAL,
                WatchlistStatus.CONSUMED, tradeDate);
    }

    /** Every fundamental entry that became an order on {@code from} or later, before {@code before}. */
    @Transactional
    public List<WatchlistSignal> consumedBetween(LocalDate from, LocalDate before) {
        return list("source = ?1 and status = ?2 and tradeDate >= ?3 and tradeDate < ?4 order by tradeDate, id",
                WatchlistSource.FUNDAMENTAL, WatchlistStatus.CONSUMED, from, before)
                .stream().map(WatchlistEntry::toSignal).toList();
    }

    /**
     * Moves a NEW entry to {@code status}; false if it is no longer NEW (another replica got there first).
     */
    @Transactional
    public boolean leaveNew(long id, WatchlistStatus status, Instant now) {
        return update("status = ?1, updatedAt = ?2 where id = ?3 and status = ?4", status, now, id, WatchlistStatus.NEW) == 1;
    }
}
