package io.tradebot.screener.fundamental.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/** Reads and writes {@code screen_run} rows. */
@ApplicationScoped
public class ScreenRunRepository implements PanacheRepository<ScreenRun> {

    /** The first run of {@code screener} for {@code tradeDate}, if there was one. */
    public Optional<ScreenRun> firstFor(String screener, LocalDate tradeDate) {
        return find("screener = ?1 and tradeDate = ?2 order by id", screener, tradeDate).firstResultOptional();
    }
}
