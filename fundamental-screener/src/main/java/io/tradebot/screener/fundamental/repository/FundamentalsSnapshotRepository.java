package io.tradebot.screener.fundamental.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/** Reads and writes {@code fundamentals} rows, one per symbol and as-of date. */
@ApplicationScoped
public class FundamentalsSnapshotRepository implements PanacheRepository<FundamentalsSnapshot> {

    /** The snapshot of {@code symbol} as of {@code asOf}, if stored. */
    public Optional<FundamentalsSnapshot> find(String symbol, LocalDate asOf) {
        return find("symbol = ?1 and asOf = ?2", symbol, asOf).firstResultOptional();
    }
}
