package io.tradebot.screener.fundamental.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.tradebot.screener.fundamental.model.Horizon;
import io.tradebot.screener.fundamental.model.ModelKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code company_model} rows. */
@ApplicationScoped
public class CompanyModelRepository implements PanacheRepository<CompanyModel> {

    /** The model of this symbol, horizon and kind trained on exactly this window, if stored. */
    public Optional<CompanyModel> find(String symbol, Horizon horizon, ModelKind kind, Instant windowStart,
            Instant windowEnd) {
        return find("symbol = ?1 and horizon = ?2 and kind = ?3 and windowStart = ?4 and windowEnd = ?5", symbol,
                horizon, kind, windowStart, windowEnd).firstResultOptional();
    }

    /** The latest model of this symbol, horizon and kind that knows nothing after {@code session}. */
    public Optional<CompanyModel> latest(String symbol, Horizon horizon, ModelKind kind, LocalDate session) {
        return find("symbol = ?1 and horizon = ?2 and kind = ?3 and session <= ?4 order by session desc, windowEnd desc, id desc",
                symbol, horizon, kind, session).firstResultOptional();
    }

    /** The latest model of each horizon and kind of {@code symbol}, newest session first. */
    public List<CompanyModel> latestOf(String symbol) {
        return list("""
                symbol = ?1 and id in (select max(m.id) from CompanyModel m where m.symbol = ?1 and m.session =
                (select max(n.session) from CompanyModel n where n.symbol = ?1 and n.horizon = m.horizon and n.kind = m.kind)
                group by m.horizon, m.kind) order by horizon desc, kind""", symbol);
    }
}
