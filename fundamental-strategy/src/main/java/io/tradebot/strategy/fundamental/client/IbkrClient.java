package io.tradebot.strategy.fundamental.client;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The strategy's resilient view of ibkr-client: retries brief failures, stops calling while it is
 * down, and tells a refused order (4xx, final) apart from a failed call (worth retrying).
 */
@ApplicationScoped
public class IbkrClient {

    private final IbkrClientApi api;
    private final ObjectMapper mapper;

    public IbkrClient(@RestClient IbkrClientApi api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /** The market clock. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public ClockView clock() {
        return api.clock();
    }

    /** Daily bars of {@code symbol} from {@code from} to {@code to}, both inclusive. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public List<BarView> dailyBars(String symbol, LocalDate from, LocalDate to) {
        return api.bars(symbol, "1day", from.toString(), to.toString());
    }

    /** The account's open positions. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public List<PositionView> positions() {
        return api.positions();
    }

    /** The account summary (the equity entries are sized by). */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public AccountView account() {
        return api.account();
    }

    /** The strategy's orders in {@code symbol} that can still execute (an unfilled entry, working bracket legs). */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    public List<OrderView> openOrders(String strategy, String symbol) {
        return api.orders("open", strategy, symbol);
    }

    /**
     * Cancels a working order; a bracket entry's working exits with it.
     *
     * @throws OrderRejectedException when ibkr-client refuses (404 unknown, 409 nothing of it works any more); never retried
     */
    @Retry(maxRetries = 2, delay = 200, abortOn = OrderRejectedException.class)
    public OrderView cancel(String clientOrderId) {
        try {
            return api.cancelOrder(clientOrderId);
        } catch (WebApplicationException e) {
            throw refusedOr(e);
        }
    }

    /**
     * Places an order. Safe to repeat: ibkr-client returns the existing order for a known clientOrderId.
     *
     * @throws OrderRejectedException when ibkr-client refuses the order (4xx); never retried
     */
    @Retry(maxRetries = 2, delay = 200, abortOn = OrderRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = OrderRejectedException.class)
    public OrderView placeOrder(PlaceOrderRequest request) {
        try {
            return api.placeOrder(request);
        } catch (WebApplicationException e) {
            throw refusedOr(e);
        }
    }

    private RuntimeException refusedOr(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status >= 400 && status < 500 ? new OrderRejectedException(status, reasonOf(e)) : e;
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
