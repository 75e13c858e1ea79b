package io.tradebot.screener.fundamental.client;

import io.tradebot.common.client.IbkrClientApi;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.TopGainerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    /** Fundamentals of {@code symbol}; empty when ibkr-client does not know the symbol (404, not a failure). */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public Optional<FundamentalsView> fundamentals(String symbol) {
        try {
            return Optional.of(api.fundamentals(symbol));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Daily bars of {@code symbol} from {@code from} to {@code to} (both New York dates, inclusive); empty for an unknown symbol. */
    public List<BarView> dailyBars(String symbol, LocalDate from, LocalDate to) {
        return bars(symbol, "1day", from, to);
    }

    /**
     * Bars of {@code symbol} of {@code size} (1min, 5min or 1day) from {@code from} to {@code to} (New York dates,
     * inclusive; ibkr-client refuses intraday ranges over 14 days); empty for an unknown symbol.
     */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public List<BarView> bars(String symbol, String size, LocalDate from, LocalDate to) {
        try {
            return api.bars(symbol, size, from.toString(), to.toString());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw e;
        }
    }
}
