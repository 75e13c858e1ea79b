package io.tradebot.ibkr.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderEventEntity;
import io.tradebot.ibkr.repository.OrderEventRepository;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.ibkr.repository.SimExchangeOrderRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many orders at once, as the group commits write them (one INSERT for the rows that arrive together; one
 * transaction for their hand-over, in which the exchange books its receipts and the acknowledgements are recorded):
 * each order still gets exactly its own
 * row with the fields it was sent with, its own events in order, its own receipt, and a duplicate among them is
 * answered as a duplicate without failing the others.
 */
@QuarkusTest
@TestProfile(WideCollarProfile.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class ConcurrentPlacementResourceTest {

    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "KO", "PFE");
    private static final int ORDERS = 40;

    @Inject
    OrderRepository orders;
    @Inject
    OrderEventRepository events;
    @Inject
    SimExchangeOrderRepository receipts;

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    /** Order {@code i}: its own strategy (the order-rate limit is per strategy), a few symbols, both sides, some limits. */
    private static Map<String, Object> order(String run, int i) {
        boolean limit = i % 3 == 0;
        Map<String, Object> body = OrderFlow.body(run + "-" + i, "concurrent-" + i, SYMBOLS.get(i % SYMBOLS.size()),
                limit || i % 2 == 0 ? "BUY" : "SELL", limit ? "LIMIT" : "MARKET", 1 + i % 5);
        if (limit) {
            body.put("limitPrice", new BigDecimal("1.25")); // far below the market: stays working
        }
        return body;
    }

    private static List<Response> postAllAtOnce(List<Map<String, Object>> bodies) throws Exception {
        String token = TestTokens.token("service");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<Response>> answers = bodies.stream().map(body -> pool.submit((Callable<Response>) () -> {
                start.await();
                return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/orders");
            })).toList();
            start.countDown();
            List<Response> responses = new java.util.ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givesEachOfFortyConcurrentOrdersItsOwnRowEventsAndReceipt() throws Exception {
        String run = OrderFlow.newId("gc");
        List<Map<String, Object>> bodies = IntStream.range(0, ORDERS).mapToObj(i -> order(run, i)).toList();

        List<Response> responses = postAllAtOnce(bodies);

        for (int i = 0; i < ORDERS; i++) {
            Map<String, Object> sent = bodies.get(i);
            Response response = responses.get(i);
            assertThat(response.statusCode()).as("order %d: %s", i, response.asString()).isEqualTo(201);
            OrderView answered = response.as(OrderView.class);
            assertThat(answered.status()).isIn(OrderStatus.ACCEPTED, OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED);
            String id = (String) sent.get("clientOrderId");
            OrderEntity row = QuarkusTransaction.requiringNew().call(() -> orders.findByClientOrderId(id)).orElseThrow();
            assertThat(row.strategy).isEqualTo(sent.get("strategy"));
            assertThat(row.symbol).isEqualTo(sent.get("symbol"));
            assertThat(row.side.name()).isEqualTo(sent.get("side"));
            assertThat(row.type.name()).isEqualTo(sent.get("type"));
            assertThat(row.quantity).isEqualByComparingTo(sent.get("quantity").toString());
            assertThat(row.timeInForce.name()).isEqualTo(sent.get("timeInForce"));
            if (sent.containsKey("limitPrice")) {
                assertThat(row.limitPrice).isEqualByComparingTo((BigDecimal) sent.get("limitPrice"));
            } else {
                assertThat(row.limitPrice).isNull();
            }
            assertThat(row.brokerOrderId).isEqualTo("SIM-" + row.id).isEqualTo(answered.brokerOrderId());
            // the answer carries the times as stored (whole seconds on MariaDB through Connector/J), so a retry answers the same
            assertThat(answered.createdAt()).isEqualTo(row.createdAt);
            assertThat(OrderFlow.get(id).createdAt()).isEqualTo(answered.createdAt());
            assertThat(statuses(row.id)).startsWith(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.ACCEPTED);
            assertThat(QuarkusTransaction.requiringNew().call(() -> receipts.count("clientOrderId", id))).isEqualTo(1);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> orders.count("clientOrderId like ?1", run + "-%")))
                .isEqualTo(ORDERS);
    }

    @Test
    void answersDuplicatesAmongConcurrentOrdersAsRetriesWithoutFailingTheOthers() throws Exception {
        String run = OrderFlow.newId("gcdup");
        List<Map<String, Object>> bodies = new java.util.ArrayList<>(IntStream.range(0, 20).mapToObj(i -> order(run, i)).toList());
        Map<String, Object> changed = new java.util.HashMap<>(order(run, 1));
        changed.put("quantity", 99);
        bodies.add(order(run, 0));
        bodies.add(order(run, 0));
        bodies.add(changed);

        List<Response> responses = postAllAtOnce(bodies);

        for (int i = 2; i < 20; i++) {
            assertThat(responses.get(i).statusCode()).as("order %d", i).isEqualTo(201);
        }
        List<Integer> sameAsFirst = List.of(responses.get(0).statusCode(), responses.get(20).statusCode(), responses.get(21).statusCode());
        assertThat(sameAsFirst).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
        List<Integer> secondOrChanged = List.of(responses.get(1).statusCode(), responses.get(22).statusCode());
        assertThat(secondOrChanged).containsExactlyInAnyOrder(201, 409);
        assertThat(QuarkusTransaction.requiringNew().call(() -> orders.count("clientOrderId like ?1", run + "-%"))).isEqualTo(20);
        OrderEntity second = QuarkusTransaction.requiringNew().call(() -> orders.findByClientOrderId(run + "-1")).orElseThrow();
        assertThat(statuses(second.id)).startsWith(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.ACCEPTED);
    }

    private List<OrderStatus> statuses(long orderId) {
        List<OrderEventEntity> rows = QuarkusTransaction.requiringNew().call(() -> events.ofOrder(orderId));
        return rows.stream().map(event -> event.toStatus).toList();
    }
}
