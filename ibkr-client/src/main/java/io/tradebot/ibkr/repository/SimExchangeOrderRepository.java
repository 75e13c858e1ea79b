package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads and writes {@code sim_exchange_order}, the simulated exchange's own book of received orders. */
@ApplicationScoped
public class SimExchangeOrderRepository implements PanacheRepository<SimExchangeOrderEntity> {

    public Optional<SimExchangeOrderEntity> findByClientOrderId(String clientOrderId) {
        return find("clientOrderId", clientOrderId).firstResultOptional();
    }
}
