package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes {@code order_event}. */
@ApplicationScoped
public class OrderEventRepository implements PanacheRepository<OrderEventEntity> {

    /** The events of one order, oldest first. */
    public List<OrderEventEntity> ofOrder(long orderId) {
        return list("orderId", Sort.ascending("id"), orderId);
    }
}
