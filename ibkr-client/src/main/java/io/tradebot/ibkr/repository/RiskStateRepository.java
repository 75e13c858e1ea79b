package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes the one row of {@code risk_state}. */
@ApplicationScoped
public class RiskStateRepository implements PanacheRepositoryBase<RiskStateEntity, Integer> {

    /** The row, locked for update until the transaction ends. */
    public RiskStateEntity lock() {
        if (!RowLocks.lock(getEntityManager(), "risk_state", "id", RiskStateEntity.ID)) {
            throw new IllegalStateException("The risk_state row is missing; the database changelog did not run");
        }
        return findById(RiskStateEntity.ID);
    }

    /** The row as it is, without a lock. */
    public RiskStateEntity current() {
        return findById(RiskStateEntity.ID);
    }
}
