package io.tradebot.ibkr.adapters.sim;

import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.repository.ExecutionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The last price of a symbol known at an instant: its last close, or a later fill of ours when there is one. */
@ApplicationScoped
public class SimValuation {

    private final MarketData marketData;
    private final ExecutionRepository executions;

    public SimValuation(MarketData marketData, ExecutionRepository executions) {
        this.marketData = marketData;
        this.executions = executions;
    }

    /**
     * The last price of each of {@code symbols} at {@code asOf}: its last close, or our own latest fill when
     * that is more recent; symbols with neither are absent. Reads the fills in one query; must run inside a
     * transaction.
     */
    public Map<String, BigDecimal> lastPrices(Collection<String> symbols, Instant asOf) {
        Map<String, BigDecimal> prices = new HashMap<>();
        if (symbols.isEmpty()) {
            return prices;
        }
        Map<String, MarketData.PricePoint> fills = executions.latestFills(symbols, asOf);
        for (String symbol : symbols) {
            Optional<MarketData.PricePoint> close = marketData.lastClose(symbol, asOf);
            MarketData.PricePoint fill = fills.get(symbol);
            if (fill != null && (close.isEmpty() || fill.at().isAfter(close.get().at()))) {
                prices.put(symbol, fill.price());
            } else {
                close.ifPresent(point -> prices.put(symbol, point.price()));
            }
        }
        return prices;
    }
}
