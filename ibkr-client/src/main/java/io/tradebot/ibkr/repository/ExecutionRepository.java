package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Reads and writes {@code execution}. */
@ApplicationScoped
public class ExecutionRepository implements PanacheRepository<ExecutionEntity> {

    public boolean exists(String execId) {
        return count("execId", execId) > 0;
    }

    /** The latest fill of {@code symbol} executed at or before {@code asOf}. */
    public Optional<ExecutionEntity> latestFill(String symbol, Instant asOf) {
        return find("symbol = ?1 and executedAt <= ?2", Sort.descending("executedAt", "id"), symbol, asOf)
                .firstResultOptional();
    }
}
