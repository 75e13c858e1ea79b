package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.tradebot.common.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code orders}. */
@ApplicationScoped
public class OrderRepository implements PanacheRepository<OrderEntity> {

    /**
     * The order with {@code id}, its row locked until the transaction ends; empty when there is none.
     * The entity is re-read after the lock: a copy loaded earlier in this transaction may be stale.
     */
    public Optional<OrderEntity> lockById(long id) {
        if (!RowLocks.lock(getEntityManager(), "orders", "id", id)) {
            return Optional.empty();
        }
        OrderEntity order = findById(id);
        getEntityManager().refresh(order);
        return Optional.of(order);
    }

    /**
     * The order {@code clientOrderId}, its row locked. Call it before any plain read in the transaction:
     * under REPEATABLE READ the first plain read fixes the snapshot later reads see.
     */
    public Optional<OrderEntity> lockByClientOrderId(String clientOrderId) {
        return RowLocks.lock(getEntityManager(), "orders", "client_order_id", clientOrderId)
                ? findByClientOrderId(clientOrderId) : Optional.empty();
    }

    /** Locks the children of {@code parentClientOrderId} (a bracket's exits) and returns them by id. */
    public List<OrderEntity> lockChildren(String parentClientOrderId) {
        RowLocks.lock(getEntityManager(), "orders", "parent_client_order_id", parentClientOrderId);
        return children(parentClientOrderId);
    }

    /**
     * Locks order {@code id} and, when it belongs to a one-cancels-other group, every order of the group;
     * returns the group (empty when there is none). A locking read, so it fixes no snapshot.
     */
    public Optional<String> lockWithGroup(long id) {
        List<?> rows = getEntityManager().createNativeQuery("select oco_group from orders where id = ?1 for update")
                .setParameter(1, id).getResultList();
        Optional<String> group = rows.stream().filter(java.util.Objects::nonNull).map(Object::toString).findFirst();
        group.ifPresent(g -> RowLocks.lock(getEntityManager(), "orders", "oco_group", g));
        return group;
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

    /** Per symbol and side, Σ (quantity − filled) of the orders in one of {@code statuses}: one aggregate query. */
    public List<Object[]> remainingBySymbolAndSide(Collection<OrderStatus> statuses) {
        return getEntityManager().createQuery("select o.symbol, o.side, sum(o.quantity - o.filledQuantity) from OrderEntity o"
                + " where o.status in :statuses group by o.symbol, o.side", Object[].class)
                .setParameter("statuses", statuses).getResultList();
    }

    /** Ids of orders in one of {@code statuses}, oldest first. */
    public List<Long> idsIn(Collection<OrderStatus> statuses) {
        return getEntityManager()
                .createQuery("select o.id from OrderEntity o where o.status in :statuses order by o.id", Long.class)
                .setParameter("statuses", statuses).getResultList();
    }

    /** Ids of the orders of one-cancels-other group {@code group}, ascending (the order to lock them in). */
    public List<Long> idsInGroup(String group) {
        return getEntityManager()
                .createQuery("select o.id from OrderEntity o where o.ocoGroup = :group order by o.id", Long.class)
                .setParameter("group", group).getResultList();
    }

    /** The orders whose parent is {@code parentClientOrderId} (a bracket's children), by id. */
    public List<OrderEntity> children(String parentClientOrderId) {
        return list("parentClientOrderId", Sort.ascending("id"), parentClientOrderId);
    }
}
