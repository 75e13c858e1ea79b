package io.tradebot.screener.fundamental.client;

import io.tradebot.common.client.IbkrClientApi;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.TopGainerView;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The screener's resilient view of ibkr-client: retries brief failures and stops calling while it is down. */
@ApplicationScoped
public class IbkrClient {

    private final IbkrClientApi api;

    public IbkrClient(@RestClient IbkrClientApi api) {
        this.api = api;
    }

    /** The market clock. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public ClockView clock() {
        return api.clock();
    }

    /** Top % gainers of the last session completed by {@code asOf}, filtered by ibkr-client on price and volume. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public List<TopGainerView> topGainers(int limit, BigDecimal minPrice, long minVolume, Instant asOf) {
        return api.topGainers(limit, minPrice.toPlainString(), minVolume, asOf.toString());
    }
}
