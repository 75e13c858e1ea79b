package io.tradebot.screener.earnings.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes {@code screen_run} rows: one per earnings run that wrote anything. */
@ApplicationScoped
public class ScreenRunRepository implements PanacheRepository<ScreenRun> {
}
