package io.tradebot.screener.earnings.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code earnings_event} rows. */
@ApplicationScoped
public class EarningsEventRepository implements PanacheRepository<EarningsEvent> {

    /** The event of {@code symbol} on {@code reportDate}, if stored. */
    public Optional<EarningsEvent> find(String symbol, LocalDate reportDate) {
        return find("symbol = ?1 and reportDate = ?2", symbol, reportDate).firstResultOptional();
    }

    /** Every stored report of these symbols before {@code before}, newest first. */
    public List<EarningsEvent> history(Collection<String> symbols, LocalDate before) {
        if (symbols.isEmpty()) {
            return List.of();
        }
        return list("symbol in ?1 and reportDate < ?2 order by reportDate desc", symbols, before);
    }

    /** The events stored for dates in [from, to], by date and symbol. */
    public List<EarningsEvent> between(LocalDate from, LocalDate to) {
        return list("reportDate >= ?1 and reportDate <= ?2 order by reportDate, symbol", from, to);
    }
}
