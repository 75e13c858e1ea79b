package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes {@code closed_trade}. */
@ApplicationScoped
public class ClosedTradeRepository implements PanacheRepository<ClosedTradeEntity> {

    /** Closed trades, newest first, optionally of one symbol and one strategy (null matches any). */
    public List<ClosedTradeEntity> search(String symbol, String strategy) {
        return Filters.list(this, Sort.descending("closedAt", "id"), "symbol", symbol, "strategy", strategy);
    }
}
