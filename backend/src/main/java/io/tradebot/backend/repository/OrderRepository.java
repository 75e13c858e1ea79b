package io.tradebot.backend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.tradebot.backend.order.OrderRecord;
import io.tradebot.common.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code orders} table, read newest first. */
@ApplicationScoped
public class OrderRepository implements PanacheRepository<OrderRecord> {

    /** At most {@code limit} orders, newest first, optionally of one status and one symbol. */
    public List<OrderRecord> newest(Optional<OrderStatus> status, Optional<String> symbol, int limit) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        status.ifPresent(s -> {
            clauses.add("status = :status");
            parameters.and("status", s);
        });
        symbol.ifPresent(s -> {
            clauses.add("symbol = :symbol");
            parameters.and("symbol", s);
        });
        Sort newestFirst = Sort.descending("createdAt", "id");
        var query = clauses.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", clauses), newestFirst, parameters);
        return query.page(0, limit).list();
    }
}
