package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads and writes {@code broker_account}. */
@ApplicationScoped
public class BrokerAccountRepository implements PanacheRepositoryBase<BrokerAccountEntity, String> {

    /** The account, locked for update until the transaction ends. */
    public Optional<BrokerAccountEntity> lock(String accountId) {
        return RowLocks.lock(getEntityManager(), "broker_account", "account_id", accountId)
                ? findByIdOptional(accountId) : Optional.empty();
    }
}
