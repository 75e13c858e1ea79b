package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.OrderFlow.awaitStatus;
import static io.tradebot.ibkr.rest.OrderFlow.body;
import static io.tradebot.ibkr.rest.OrderFlow.dayExpiry;
import static io.tradebot.ibkr.rest.OrderFlow.executions;
import static io.tradebot.ibkr.rest.OrderFlow.lastClose;
import static io.tradebot.ibkr.rest.OrderFlow.minutesThrough;
import static io.tradebot.ibkr.rest.OrderFlow.newId;
import static io.tradebot.ibkr.rest.OrderFlow.place;
import static io.tradebot.ibkr.rest.OrderFlow.times;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.common.market.BarView;
import io.tradebot.common.order.ExecutionView;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.repository.OrderEventEntity;
import io.tradebot.ibkr.repository.OrderEventRepository;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.strategy.fill.IbkrFixedCommission;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LIMIT, STOP and STOP_LIMIT orders fill where the 1-minute bars say, and every transition is recorded.
 * Prices are taken from the coming days' highs and lows in the daily CSV (the day's minutes reach them
 * exactly) so each order is reached within a few simulated days whatever the clock's date when the test
 * runs; the expected fill is then worked out from the minutes the API serves.
 */
@QuarkusTest
@TestProfile(WideCollarProfile.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class OrderTypeFillResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static final String STRATEGY = "order-types";

    @Inject
    OrderRepository orders;
    @Inject
    OrderEventRepository events;

    @AfterEach
    void cancelLeftovers() {
        OrderFlow.cancelOpenOrders(STRATEGY);
    }

    /**
     * Places the order, awaits its fill, and checks price, commission, execution and events against the
     * fill worked out by {@code expectation} from the minutes the API serves after the placement; returns them.
     */
    private List<BarView> assertFills(Map<String, Object> body, Function<List<BarView>, Optional<ExpectedFill>> expectation) {
        String id = (String) body.get("clientOrderId");
        String symbol = (String) body.get("symbol");
        OrderView placed = place(body);
        OrderView filled = awaitStatus(id, "FILLED");
        List<ExecutionView> fills = executions(id);
        assertThat(fills).hasSize(1);
        ExecutionView execution = fills.get(0);
        // every minute from the placement through the one the service filled in: an earlier touch is in them too
        List<BarView> minutes = minutesThrough(symbol, placed.createdAt(), execution.executedAt());
        ExpectedFill expected = expectation.apply(minutes).orElseThrow();

        assertThat(filled.avgFillPrice()).isEqualByComparingTo(expected.price());
        assertThat(filled.commission()).isEqualByComparingTo(new IbkrFixedCommission().commission(filled.quantity(), expected.price()));
        assertThat(execution.execId()).isEqualTo(placed.brokerOrderId() + "-" + expected.bar().start().getEpochSecond());
        assertThat(execution.executedAt()).isEqualTo(expected.executedAt());
        assertThat(statusChain(id)).containsExactly(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.ACCEPTED, OrderStatus.FILLED);
        return minutes;
    }

    private OrderEventEntity expiryEvent(String clientOrderId) {
        return QuarkusTransaction.requiringNew().call(() -> events.ofOrder(
                orders.findByClientOrderId(clientOrderId).orElseThrow().id)).stream()
                .filter(row -> row.toStatus == OrderStatus.EXPIRED).findFirst().orElseThrow();
    }

    /** The statuses an order went through, checking that each event starts where the previous one ended. */
    private List<OrderStatus> statusChain(String clientOrderId) {
        List<OrderEventEntity> rows = QuarkusTransaction.requiringNew().call(() -> events.ofOrder(
                orders.findByClientOrderId(clientOrderId).orElseThrow().id));
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).fromStatus).isEqualTo(i == 0 ? null : rows.get(i - 1).toStatus);
        }
        return rows.stream().map(row -> row.toStatus).toList();
    }

    @Test
    void buyLimitFillsAtTheLimitOrAtTheOpenOfTheFirstBarThatReachesIt() {
        BigDecimal limit = OrderFlow.comingLow("MSFT");
        Map<String, Object> body = body(newId("lim"), STRATEGY, "MSFT", "BUY", "LIMIT", 10);
        body.put("limitPrice", limit);
        assertFills(body, bars -> ExpectedFill.limit(bars, true, limit));
    }

    @Test
    void sellLimitFillsAtTheLimitOrAtTheOpenOfTheFirstBarThatReachesIt() {
        BigDecimal limit = OrderFlow.comingHigh("INTC");
        Map<String, Object> body = body(newId("lim"), STRATEGY, "INTC", "SELL", "LIMIT", 10);
        body.put("limitPrice", limit);
        assertFills(body, bars -> ExpectedFill.limit(bars, false, limit));
    }

    @Test
    void buyStopFillsAtTheStopOnceTheHighReachesIt() {
        BigDecimal stop = OrderFlow.comingHigh("CSCO");
        Map<String, Object> body = body(newId("stp"), STRATEGY, "CSCO", "BUY", "STOP", 10);
        body.put("stopPrice", stop);
        assertFills(body, bars -> ExpectedFill.stop(bars, true, stop));
    }

    @Test
    void sellStopFillsAtTheStopOnceTheLowReachesIt() {
        BigDecimal stop = OrderFlow.comingLow("WFC");
        Map<String, Object> body = body(newId("stp"), STRATEGY, "WFC", "SELL", "STOP", 10);
        body.put("stopPrice", stop);
        assertFills(body, bars -> ExpectedFill.stop(bars, false, stop));
    }

    @Test
    void stopTheMarketHasGappedThroughFillsAtTheOpenNotAtTheStop() {
        BigDecimal stop = times(lastClose("ORCL"), "0.80");
        Map<String, Object> body = body(newId("gap"), STRATEGY, "ORCL", "BUY", "STOP", 10);
        body.put("stopPrice", stop);
        List<BarView> minutes = assertFills(body, bars -> ExpectedFill.stop(bars, true, stop));
        OrderView filled = OrderFlow.get((String) body.get("clientOrderId"));
        // the first minute after the placement already opens above the stop: filled at that open
        assertThat(filled.avgFillPrice()).isEqualByComparingTo(minutes.get(0).open()).isGreaterThan(stop);
    }

    @Test
    void stopLimitTriggersAtTheStopAndFillsWithinTheLimit() {
        BigDecimal stop = OrderFlow.comingHigh("HD");
        BigDecimal limit = times(stop, "1.01");
        Map<String, Object> body = body(newId("stl"), STRATEGY, "HD", "BUY", "STOP_LIMIT", 10);
        body.put("stopPrice", stop);
        body.put("limitPrice", limit);
        assertFills(body, bars -> ExpectedFill.stopLimit(bars, true, stop, limit));
    }

    @Test
    void dayOrderExpiresAtTheCloseOfItsSessionWhileGoodTillCancelledKeepsWorking() {
        BigDecimal farBelow = times(lastClose("JNJ"), "0.5");
        Map<String, Object> day = body(newId("day"), STRATEGY, "JNJ", "BUY", "LIMIT", 10);
        day.put("limitPrice", farBelow);
        day.put("timeInForce", "DAY");
        Map<String, Object> gtc = body(newId("gtc"), STRATEGY, "JNJ", "BUY", "LIMIT", 10);
        gtc.put("limitPrice", farBelow);
        OrderView placed = place(day);
        place(gtc);

        OrderView expired = awaitStatus((String) day.get("clientOrderId"), "EXPIRED");
        Instant close = dayExpiry("JNJ", placed.createdAt());
        assertThat(expired.updatedAt()).isAfterOrEqualTo(close);
        assertThat(expiryEvent((String) day.get("clientOrderId")).reason).contains(close.toString());
        assertThat(statusChain((String) day.get("clientOrderId"))).containsExactly(OrderStatus.NEW, OrderStatus.SUBMITTED,
                OrderStatus.ACCEPTED, OrderStatus.EXPIRED);
        assertThat(OrderFlow.get((String) gtc.get("clientOrderId")).status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(executions((String) day.get("clientOrderId"))).isEmpty();
    }

    @Test
    void cancelsAWorkingOrderOnceAndRefusesToCancelItAgain() {
        Map<String, Object> body = body(newId("cxl"), STRATEGY, "KO", "BUY", "LIMIT", 10);
        body.put("limitPrice", 1);
        String id = (String) body.get("clientOrderId");
        place(body);
        as("VIEWER").delete("/api/v1/orders/" + id).then().statusCode(403);
        as("TRADER").delete("/api/v1/orders/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
        as("TRADER").delete("/api/v1/orders/" + id).then().statusCode(409).contentType("application/problem+json");
        assertThat(statusChain(id)).containsExactly(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.ACCEPTED,
                OrderStatus.CANCELLED);
        as("TRADER").delete("/api/v1/orders/no-such-order").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesToCancelAFilledOrderAndKeepsItFilled() {
        Map<String, Object> body = body(newId("mkt"), STRATEGY, "KO", "BUY", "MARKET", 10);
        String id = (String) body.get("clientOrderId");
        place(body);
        awaitStatus(id, "FILLED");
        as("ADMIN").delete("/api/v1/orders/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(409));
        assertThat(OrderFlow.get(id).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(statusChain(id)).containsExactly(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.ACCEPTED,
                OrderStatus.FILLED);
    }

    @Test
    void listsExecutionsFilteredBySymbolAndOrder() {
        Map<String, Object> body = body(newId("exe"), STRATEGY, "PEP", "BUY", "MARKET", 5);
        String id = (String) body.get("clientOrderId");
        place(body);
        awaitStatus(id, "FILLED");
        assertThat(executions(id)).singleElement().satisfies(e -> {
            assertThat(e.symbol()).isEqualTo("PEP");
            assertThat(e.quantity()).isEqualByComparingTo("5");
        });
        List<ExecutionView> pep = List.of(as("VIEWER").queryParam("symbol", "pep").get("/api/v1/executions")
                .then().statusCode(200).extract().as(ExecutionView[].class));
        assertThat(pep).isNotEmpty().allSatisfy(e -> assertThat(e.symbol()).isEqualTo("PEP"));
        assertThat(pep).extracting(ExecutionView::clientOrderId).contains(id);
    }
}
