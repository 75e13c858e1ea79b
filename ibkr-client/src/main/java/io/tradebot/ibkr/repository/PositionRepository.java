package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code position}. */
@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<PositionEntity, String> {

    /** Positions with a non-zero quantity, by symbol. */
    public List<PositionEntity> open() {
        return list("quantity <> 0", Sort.ascending("symbol"));
    }

    /** The position of {@code symbol}, locked for update until the transaction ends. */
    public Optional<PositionEntity> lockBySymbol(String symbol) {
        return RowLocks.lock(getEntityManager(), "position", "symbol", symbol) ? findByIdOptional(symbol) : Optional.empty();
    }
}
