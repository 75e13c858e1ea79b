package io.tradebot.screener.fundamental.service;

import io.quarkus.logging.Log;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.screener.fundamental.client.IbkrClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads a fundamentals snapshot of every company in {@code company} from ibkr-client (the bundled
 * data in {@code sim} mode). Symbols ibkr-client does not know are counted as missing.
 */
@ApplicationScoped
public class FundamentalsLoader {

    private final IbkrClient ibkr;
    private final FundamentalsStore store;

    public FundamentalsLoader(IbkrClient ibkr, FundamentalsStore store) {
        this.ibkr = ibkr;
        this.store = store;
    }

    /** Asks ibkr-client for each company's fundamentals, then stores them in one transaction. */
    public LoadCounts loadAll() {
        List<FundamentalsView> found = new ArrayList<>();
        int missing = 0;
        for (String symbol : store.companySymbols()) {
            Optional<FundamentalsView> view = ibkr.fundamentals(symbol).filter(v -> v.symbol() != null && v.asOf() != null);
            if (view.isPresent()) {
                found.add(view.get());
            } else {
                missing++;
            }
        }
        LoadCounts counts = store.store(found, missing);
        Log.infof("Fundamentals loaded: %s", counts);
        return counts;
    }
}
