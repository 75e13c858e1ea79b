package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code orders}. */
@ApplicationScoped
public class OrderRepository implements PanacheRepository<OrderEntity> {

    /** The order with {@code id}, its row locked until the transaction ends; empty when there is none. */
    public Optional<OrderEntity> lockById(long id) {
        return RowLocks.lock(getEntityManager(), "orders", "id", id) ? findByIdOptional(id) : Optional.empty();
    }

    public Optional<OrderEntity> findByClientOrderId(String clientOrderId) {
        return find("clientOrderId", clientOrderId).firstResultOptional();
    }

    /** Orders whose status is one of {@code statuses} (any when null), optionally of one strategy and symbol; newest first. */
    public List<OrderEntity> search(Collection<OrderStatus> statuses, String strategy, String symbol) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (statuses != null) {
            clauses.add("status in :statuses");
            params.and("statuses", statuses);
        }
        if (strategy != null) {
            clauses.add("strategy = :strategy");
            params.and("strategy", strategy);
        }
        if (symbol != null) {
            clauses.add("symbol = :symbol");
            params.and("symbol", symbol);
        }
        Sort newestFirst = Sort.descending("createdAt", "id");
        if (clauses.isEmpty()) {
            return listAll(newestFirst);
        }
        return list(String.join(" and ", clauses), newestFirst, params);
    }

    /** Ids of orders of {@code type} in {@code status}, oldest first. */
    public List<Long> idsWaiting(OrderType type, OrderStatus status) {
        return getEntityManager()
                .createQuery("select o.id from OrderEntity o where o.type = :type and o.status = :status order by o.id", Long.class)
                .setParameter("type", type).setParameter("status", status).getResultList();
    }
}
