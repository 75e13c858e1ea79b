package io.tradebot.screener.fundamental.service;

import io.tradebot.common.market.FundamentalsView;
import io.tradebot.screener.fundamental.repository.CompanyRepository;
import io.tradebot.screener.fundamental.repository.FundamentalsSnapshot;
import io.tradebot.screener.fundamental.repository.FundamentalsSnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Keeps one {@code fundamentals} row per symbol and as-of date: inserts new ones, updates changed ones. */
@ApplicationScoped
public class FundamentalsStore {

    private final FundamentalsSnapshotRepository snapshots;
    private final CompanyRepository companies;

    public FundamentalsStore(FundamentalsSnapshotRepository snapshots, CompanyRepository companies) {
        this.snapshots = snapshots;
        this.companies = companies;
    }

    /** Every symbol in {@code company}, in order. */
    @Transactional
    public List<String> companySymbols() {
        return companies.getEntityManager()
                .createQuery("select c.symbol from Company c order by c.symbol", String.class).getResultList();
    }

    /** Stores each snapshot, in one transaction; {@code missing} is passed through to the counts. */
    @Transactional
    public LoadCounts store(Collection<FundamentalsView> views, int missing) {
        Instant now = Instant.now();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (FundamentalsView view : views) {
            FundamentalsSnapshot row = snapshots.find(view.symbol(), view.asOf()).orElse(null);
            if (row == null) {
                row = new FundamentalsSnapshot();
                row.set(view, now);
                snapshots.persist(row);
                inserted++;
            } else if (row.matches(view)) {
                unchanged++;
            } else {
                row.set(view, now);
                updated++;
            }
        }
        return new LoadCounts(inserted, updated, unchanged, missing);
    }
}
