package io.tradebot.ibkr.health;

import io.tradebot.ibkr.marketdata.MarketHistory;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the market data the simulated exchange replays has loaded. */
@Readiness
@ApplicationScoped
public class MarketDataReadiness implements HealthCheck {

    private final MarketHistory history;

    public MarketDataReadiness(MarketHistory history) {
        this.history = history;
    }

    @Override
    public HealthCheckResponse call() {
        boolean loaded = !history.symbols().isEmpty();
        return HealthCheckResponse.named("market-data").status(loaded)
                .withData("symbols", history.symbols().size())
                .withData("tradingDays", history.tradingDays().size())
                .build();
    }
}
