package io.tradebot.ibkr.adapters.sim;

import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.repository.ExecutionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
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

    /** Must run inside a transaction (it reads executions). */
    public Optional<BigDecimal> lastPrice(String symbol, Instant asOf) {
        Optional<MarketData.PricePoint> close = marketData.lastClose(symbol, asOf);
        Optional<MarketData.PricePoint> fill = executions.latestFill(symbol, asOf)
                .map(execution -> new MarketData.PricePoint(execution.price, execution.executedAt));
        if (close.isEmpty()) {
            return fill.map(MarketData.PricePoint::price);
        }
        if (fill.isPresent() && fill.get().at().isAfter(close.get().at())) {
            return Optional.of(fill.get().price());
        }
        return close.map(MarketData.PricePoint::price);
    }
}
