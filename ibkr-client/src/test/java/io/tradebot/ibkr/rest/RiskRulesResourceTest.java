package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.RiskTestApi.awaitFilled;
import static io.tradebot.ibkr.rest.RiskTestApi.awaitNoOpenOrders;
import static io.tradebot.ibkr.rest.RiskTestApi.code;
import static io.tradebot.ibkr.rest.RiskTestApi.held;
import static io.tradebot.ibkr.rest.RiskTestApi.lastClose;
import static io.tradebot.ibkr.rest.RiskTestApi.place;
import static io.tradebot.ibkr.rest.RiskTestApi.risk;
import static io.tradebot.ibkr.rest.RiskTestApi.setState;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.risk.RiskView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.repository.ExecutionRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every pre-trade rule end to end: the order is stored REJECTED with its reason code, returned, and never filled. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class RiskRulesResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    /** Symbols with prices all through the replayed years, cheapest first. */
    private static final List<String> SYMBOLS = List.of("GE", "BAC", "PFE", "CSCO", "INTC", "T", "KO", "ORCL", "VZ",
            "MRK", "WFC", "C", "NKE", "MSFT", "XOM", "WMT", "JPM", "CVX", "DIS", "JNJ");

    @Inject
    ExecutionRepository executions;

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @AfterEach
    void resumeTrading() {
        setState("ACTIVE", "risk rule test done");
    }

    private long executionsOf(String clientOrderId) {
        return QuarkusTransaction.requiringNew().call(() -> executions.count("clientOrderId", clientOrderId));
    }

    /** Awaits a later accepted order of the same symbol to fill, then proves the rejected one did not. */
    private void assertNeverFilled(OrderView rejected) {
        String control = id("control");
        place(control, "risk-control", rejected.symbol(), "BUY", 1, 201);
        awaitFilled(control);
        assertThat(RiskTestApi.order(rejected.clientOrderId()).status().name()).isEqualTo("REJECTED");
        assertThat(executionsOf(rejected.clientOrderId())).isZero();
    }

    @Test
    void haltedRejectsANewOrderStoresItRejectedAndReturnsTheSameOrderOnARetry() {
        setState("HALTED", "test: halt");
        String id = id("halted");
        OrderView rejected = place(id, "risk-test", "KO", "BUY", 1, 201);
        assertThat(rejected.status().name()).isEqualTo("REJECTED");
        assertThat(rejected.rejectReason()).startsWith("TRADING_HALTED: ");
        assertThat(rejected.brokerOrderId()).isNull();

        OrderView retried = place(id, "risk-test", "KO", "BUY", 1, 200);
        assertThat(retried.status().name()).isEqualTo("REJECTED");
        assertThat(retried.rejectReason()).isEqualTo(rejected.rejectReason());
        as("VIEWER").get("/q/metrics").then().statusCode(200)
                .body(containsString("tradebot_risk_rejections_total{reason=\"TRADING_HALTED\"}"));

        setState("ACTIVE", "test: resume");
        assertNeverFilled(rejected);
    }

    @Test
    void reducingLetsAReducingSellThroughButNotABuyOrASellThatFlipsThePosition() {
        awaitNoOpenOrders();
        String buy = id("reduce-buy");
        place(buy, "risk-test", "KO", "BUY", 10, 201);
        awaitFilled(buy);
        BigDecimal held = held("KO");
        setState("REDUCING", "test: reduce");

        assertThat(code(place(id("reduce-more"), "risk-test", "KO", "BUY", 1, 201))).isEqualTo("REDUCING_ONLY");
        assertThat(code(place(id("reduce-flip"), "risk-test", "KO", "SELL", held.add(BigDecimal.ONE), 201)))
                .isEqualTo("REDUCING_ONLY");
        String sell = id("reduce-sell");
        OrderView accepted = place(sell, "risk-test", "KO", "SELL", 10, 201);
        assertThat(accepted.status().name()).isEqualTo("ACCEPTED");
        awaitFilled(sell);
        assertThat(held("KO")).isEqualByComparingTo(held.subtract(BigDecimal.TEN));
    }

    @Test
    void rejectsAnOrderThatMakesAPositionLargerThanTheLimitShareOfEquity() {
        RiskView risk = risk();
        BigDecimal limit = risk.equity().multiply(risk.limits().maxPositionPct()).divide(BigDecimal.valueOf(100));
        BigDecimal price = lastClose("AAPL");
        // one and a half times the limit: beyond it whatever the day's move, yet within Reg T buying power
        BigDecimal quantity = limit.multiply(new BigDecimal("1.5")).divide(price, 0, RoundingMode.CEILING);
        OrderView rejected = place(id("size"), "risk-test", "AAPL", "BUY", quantity, 201);
        assertThat(code(rejected)).as(rejected.rejectReason()).isEqualTo("MAX_POSITION_SIZE");
        assertNeverFilled(rejected);
    }

    @Test
    void concurrentOrdersCannotTogetherOpenMorePositionsThanTheLimit() throws Exception {
        int limit = risk().limits().maxOpenPositions();
        ExecutorService senders = Executors.newFixedThreadPool(SYMBOLS.size());
        try {
            List<Future<OrderView>> answers = new ArrayList<>();
            for (String symbol : SYMBOLS) {
                answers.add(senders.submit(() -> place(id("race-" + symbol), "risk-race", symbol, "BUY", 1, 201)));
            }
            List<OrderView> orders = new ArrayList<>();
            for (Future<OrderView> answer : answers) {
                orders.add(answer.get(60, TimeUnit.SECONDS));
            }
            // each alone would pass; together, every check must count the orders admitted but not yet committed
            assertThat(orders).filteredOn(order -> !order.status().name().equals("REJECTED")).hasSize(limit);
            assertThat(orders).filteredOn(order -> order.status().name().equals("REJECTED"))
                    .allSatisfy(order -> assertThat(code(order)).isEqualTo("MAX_OPEN_POSITIONS"))
                    .hasSize(SYMBOLS.size() - limit);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void rejectsALimitPriceOutsideTheCollarAroundTheLastPriceEitherWay() {
        BigDecimal collar = risk().limits().priceCollarPct();
        BigDecimal last = lastClose("KO");
        // a quarter beyond the collar: outside it whatever the day's move since the last close
        BigDecimal beyond = BigDecimal.ONE.add(collar.multiply(new BigDecimal("1.25")).divide(BigDecimal.valueOf(100)));
        OrderView tooHigh = RiskTestApi.placeLimit(id("collar-high"), "risk-test", "KO", "BUY", 1,
                last.multiply(beyond).setScale(2, RoundingMode.UP));
        assertThat(code(tooHigh)).as(tooHigh.rejectReason()).isEqualTo("PRICE_COLLAR");
        OrderView tooLow = RiskTestApi.placeLimit(id("collar-low"), "risk-test", "KO", "SELL", 1,
                last.divide(beyond, 2, RoundingMode.DOWN));
        assertThat(code(tooLow)).as(tooLow.rejectReason()).isEqualTo("PRICE_COLLAR");
        OrderView inside = RiskTestApi.placeLimit(id("collar-in"), "risk-test", "KO", "BUY", 1,
                last.multiply(new BigDecimal("0.99")).setScale(2, RoundingMode.DOWN));
        assertThat(inside.status().name()).as(inside.rejectReason()).isEqualTo("ACCEPTED");
        assertNeverFilled(tooHigh);
    }

    @Test
    void rejectsAnOrderNeedingMoreThanTheRegTBuyingPower() {
        BigDecimal equity = risk().equity();
        BigDecimal quantity = equity.multiply(BigDecimal.valueOf(3)).divide(lastClose("MSFT"), 0, RoundingMode.CEILING);
        OrderView rejected = place(id("bp"), "risk-test", "MSFT", "BUY", quantity, 201);
        assertThat(code(rejected)).as(rejected.rejectReason()).isEqualTo("BUYING_POWER");
        assertThat(rejected.rejectReason()).contains("Reg T 50");
    }

    @Test
    void rejectsTheThirtyFirstOrderOfAStrategyWithinAMinuteButNotAnotherStrategysOrder() {
        String strategy = "rate-" + UUID.randomUUID();
        int limit = risk().limits().maxOrdersPerMinute();
        for (int i = 0; i < limit; i++) {
            assertThat(place(id("rate"), strategy, "GE", "BUY", 1, 201).status().name()).isIn("ACCEPTED", "FILLED");
        }
        OrderView rejected = place(id("rate"), strategy, "GE", "BUY", 1, 201);
        assertThat(code(rejected)).isEqualTo("ORDER_RATE");
        assertThat(place(id("rate-other"), "other-" + strategy, "GE", "BUY", 1, 201).status().name())
                .isIn("ACCEPTED", "FILLED");
    }

    @Test
    void rejectsAnOrderOpeningOnePositionMoreThanAllowedThenFlattenClosesThemAll() {
        awaitNoOpenOrders();
        int max = risk().limits().maxOpenPositions();
        Set<String> open = RiskTestApi.positions().stream().map(PositionView::symbol).collect(Collectors.toSet());
        List<String> fresh = SYMBOLS.stream().filter(symbol -> !open.contains(symbol)).toList();
        List<String> opened = new ArrayList<>();
        for (String symbol : fresh.subList(0, max - open.size())) {
            String id = id("open");
            place(id, "risk-test", symbol, "BUY", 1, 201);
            opened.add(id);
        }
        assertThat(risk().openPositions()).isEqualTo(max);
        OrderView rejected = place(id("open"), "risk-test", fresh.get(max - open.size()), "BUY", 1, 201);
        assertThat(code(rejected)).as(rejected.rejectReason()).isEqualTo("MAX_OPEN_POSITIONS");

        opened.forEach(RiskTestApi::awaitFilled);
        List<OrderView> closing = List.of(as("ADMIN").post("/api/v1/risk/flatten").then().statusCode(200)
                .extract().as(OrderView[].class));
        assertThat(closing).hasSize(max).allSatisfy(order -> assertThat(order.status().name()).isIn("ACCEPTED", "FILLED"));
        closing.forEach(order -> awaitFilled(order.clientOrderId()));
        assertThat(RiskTestApi.positions()).isEmpty();
    }
}
