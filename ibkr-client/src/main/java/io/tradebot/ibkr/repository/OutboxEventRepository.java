package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes {@code outbox_event}; notification-service drains it. */
@ApplicationScoped
public class OutboxEventRepository implements PanacheRepository<OutboxEventEntity> {
}
