package io.tradebot.strategy.macdvwap.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.client.IbkrClientApi;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The strategy's resilient view of ibkr-client: each call is bounded in time and retried with backoff on a time-out,
 * a failed connection or a 5xx; a refused order (4xx) is final and never retried.
 */
@ApplicationScoped
public class IbkrClient {

    private final IbkrClientApi api;
    private final OrderApi orders;
    private final ObjectMapper mapper;

    public IbkrClient(@RestClient IbkrClientApi api, @RestClient OrderApi orders, ObjectMapper mapper) {
        this.api = api;
        this.orders = orders;
        this.mapper = mapper;
    }

    /** The market clock. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public ClockView clock() {
        return api.clock();
    }

    /** 1-minute bars of {@code symbol} completed by the clock's now, from {@code from} on. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public List<BarView> minuteBars(String symbol, Instant from) {
        return api.bars(symbol, "1min", from.toString(), null);
    }

    /** The account's open positions. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public List<PositionView> positions() {
        return api.positions();
    }

    /** The account summary (equity to size entries by). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public AccountView account() {
        return api.account();
    }

    /** This strategy's orders in {@code symbol} that can still execute. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    public List<OrderView> openOrders(String strategy, String symbol) {
        return api.orders("open", strategy, symbol);
    }

    /**
     * Cancels a working order (a bracket entry: its working exits too).
     *
     * @throws OrderRefusedException when ibkr-client refuses (404 unknown, 409 already terminal)
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = OrderRefusedException.class)
    public OrderView cancel(String clientOrderId) {
        try {
            return api.cancelOrder(clientOrderId);
        } catch (WebApplicationException e) {
            throw refusedOr(e);
        }
    }

    /**
     * Places an order. Each attempt has 5 s; a time-out, a failed connection or a 5xx is retried with backoff under
     * the same clientOrderId, which ibkr-client answers with the existing order if an earlier attempt got through.
     *
     * @throws OrderRefusedException when ibkr-client refuses the order (4xx, 409 included); never retried
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 300, jitter = 100, abortOn = OrderRefusedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = OrderRefusedException.class)
    public PlacedOrder place(PlaceOrderRequest request) {
        try {
            RestResponse<OrderView> response = orders.place(request);
            return new PlacedOrder(response.getStatus() == 201, response.getEntity());
        } catch (WebApplicationException e) {
            throw refusedOr(e);
        }
    }

    private RuntimeException refusedOr(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status >= 400 && status < 500 ? new OrderRefusedException(status, reasonOf(e)) : e;
    }

    private String reasonOf(WebApplicationException e) {
        try {
            JsonNode problem = mapper.readTree(e.getResponse().readEntity(String.class));
            JsonNode detail = problem.path("detail");
            return detail.isTextual() ? detail.asText() : problem.path("title").asText("HTTP " + e.getResponse().getStatus());
        } catch (RuntimeException | IOException unreadable) {
            return "HTTP " + e.getResponse().getStatus();
        }
    }
}
