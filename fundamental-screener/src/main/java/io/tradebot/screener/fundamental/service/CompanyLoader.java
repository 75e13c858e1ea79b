package io.tradebot.screener.fundamental.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.tradebot.screener.fundamental.company.CompanyCsv;
import io.tradebot.screener.fundamental.company.CompanyRecord;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import io.tradebot.screener.fundamental.repository.Company;
import io.tradebot.screener.fundamental.repository.CompanyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Loads the bundled S&P 500 list into {@code company}: new symbols are inserted, changed rows updated,
 * identical rows left alone, so a reload changes nothing. Symbols no longer on the list are kept
 * (watchlist entries and models may still name them).
 */
@ApplicationScoped
public class CompanyLoader {

    private final CompanyRepository companies;
    private final FundamentalScreenerConfig config;

    public CompanyLoader(CompanyRepository companies, FundamentalScreenerConfig config) {
        this.companies = companies;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.loadCompaniesOnStart()) {
            LoadCounts counts = loadBundled();
            Log.infof("Company list loaded: %s", counts);
        }
    }

    /** Loads the bundled list. */
    public LoadCounts loadBundled() {
        return load(CompanyCsv.bundled());
    }

    /** Inserts or updates each of {@code records}, in one transaction. */
    @Transactional
    public LoadCounts load(List<CompanyRecord> records) {
        Instant now = Instant.now();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (CompanyRecord record : records) {
            Company row = companies.findById(record.symbol());
            if (row == null) {
                row = new Company();
                row.set(record, now);
                companies.persist(row);
                inserted++;
            } else if (row.matches(record)) {
                unchanged++;
            } else {
                row.set(record, now);
                updated++;
            }
        }
        return new LoadCounts(inserted, updated, unchanged, 0);
    }
}
