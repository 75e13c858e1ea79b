package io.tradebot.ibkr.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.repository.OrderRepository;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WideCollarProfile.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class OrderResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    @Inject
    OrderRepository orders;

    private static Map<String, Object> order(String clientOrderId) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientOrderId", clientOrderId);
        body.put("strategy", "order-test");
        body.put("symbol", "AAPL");
        body.put("side", "BUY");
        body.put("type", "MARKET");
        body.put("quantity", 10);
        return body;
    }

    private static String newId() {
        return "ot-" + UUID.randomUUID();
    }

    long rows(String clientOrderId) {
        return QuarkusTransaction.requiringNew().call(() -> orders.count("clientOrderId", clientOrderId));
    }

    @Test
    void createsAnAcceptedOrderThenReturnsTheSameOrderForARetry() {
        String id = newId();
        OrderView created = as("service").contentType(ContentType.JSON).body(order(id)).post("/api/v1/orders")
                .then().statusCode(201).extract().as(OrderView.class);
        assertThat(created.status().name()).isIn("ACCEPTED", "FILLED");
        assertThat(created.brokerOrderId()).startsWith("SIM-");
        assertThat(created.timeInForce().name()).isEqualTo("DAY");
        assertThat(created.quantity()).isEqualByComparingTo("10");

        OrderView again = as("TRADER").contentType(ContentType.JSON).body(order(id)).post("/api/v1/orders")
                .then().statusCode(200).extract().as(OrderView.class);
        assertThat(again.clientOrderId()).isEqualTo(id);
        assertThat(again.brokerOrderId()).isEqualTo(created.brokerOrderId());
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void refusesADifferentOrderUnderAUsedClientOrderId() {
        String id = newId();
        as("service").contentType(ContentType.JSON).body(order(id)).post("/api/v1/orders").then().statusCode(201);
        Map<String, Object> changed = order(id);
        changed.put("quantity", 11);
        as("service").contentType(ContentType.JSON).body(changed).post("/api/v1/orders").then().statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("clientOrderId"));
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void createsExactlyOneOrderForTwentyConcurrentIdenticalRequests() throws Exception {
        String id = newId();
        String token = TestTokens.token("service");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> post = () -> {
            start.await();
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(order(id)).post("/api/v1/orders")
                    .then().extract().statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> results = IntStream.range(0, 20).mapToObj(i -> pool.submit(post)).toList();
            start.countDown();
            List<Integer> statuses = results.stream().map(OrderResourceTest::await).toList();
            assertThat(statuses).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void refusesEachInvalidFieldNamingItAndWritesNoRow() {
        assertRefused("clientOrderId", body -> body.remove("clientOrderId"));
        assertRefused("clientOrderId", body -> body.put("clientOrderId", "has spaces " + UUID.randomUUID()));
        assertRefused("clientOrderId", body -> body.put("clientOrderId", "x".repeat(65)));
        assertRefused("clientOrderId", body -> body.put("clientOrderId", newId() + "-SL"));
        assertRefused("strategy", body -> body.remove("strategy"));
        assertRefused("symbol", body -> body.remove("symbol"));
        assertRefused("symbol", body -> body.put("symbol", "NOPE"));
        assertRefused("side", body -> body.remove("side"));
        assertRefused("side", body -> body.put("side", "HOLD"));
        assertRefused("type", body -> body.remove("type"));
        assertRefused("quantity", body -> body.remove("quantity"));
        assertRefused("quantity", body -> body.put("quantity", 0));
        assertRefused("quantity", body -> body.put("quantity", -5));
        assertRefused("quantity", body -> body.put("quantity", 10_000_001));
        assertRefused("quantity", body -> body.put("quantity", "1.23456"));
        assertRefused("limitPrice", body -> body.put("limitPrice", 10));
        assertRefused("stopPrice", body -> body.put("stopPrice", 10));
    }

    @Test
    void refusesABracketWhoseExitsAreOnTheWrongSidesNamingIt() {
        assertRefused("bracket", body -> body.put("bracket", Map.of("stopLoss", 120, "takeProfit", 90)));
        assertRefused("bracket", body -> {
            body.put("side", "SELL");
            body.put("bracket", Map.of("stopLoss", 90, "takeProfit", 120));
        });
        assertRefused("bracket.takeProfit", body -> body.put("bracket", Map.of("stopLoss", 90)));
        assertRefused("bracket.stopLoss", body -> body.put("bracket", Map.of("stopLoss", -1, "takeProfit", 120)));
        assertRefused("bracket", body -> {
            body.put("type", "LIMIT");
            body.put("limitPrice", 130);
            body.put("bracket", Map.of("stopLoss", 90, "takeProfit", 120));
        });
        assertRefused("clientOrderId", body -> {
            body.put("clientOrderId", "b".repeat(62));
            body.put("bracket", Map.of("stopLoss", 90, "takeProfit", 120));
        });
    }

    @Test
    void placesAnOrderSentOverACleartextHttp2UpgradeAsJavasHttpClientDoesByDefault() throws Exception {
        String id = newId();
        String json = "{\"clientOrderId\":\"" + id + "\",\"strategy\":\"order-test\",\"symbol\":\"AAPL\","
                + "\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10}";
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/orders"))
                .header("Authorization", "Bearer " + TestTokens.token("service")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"clientOrderId\":\"" + id + "\"");
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void acceptsABracketAndCountsItInTheRetryComparison() {
        String id = newId();
        Map<String, Object> body = order(id);
        body.put("type", "LIMIT");
        body.put("limitPrice", 1);
        body.put("bracket", Map.of("stopLoss", "0.5", "takeProfit", 2));
        as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders").then().statusCode(201)
                .body("status", equalTo("ACCEPTED"));
        as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders").then().statusCode(200);
        Map<String, Object> otherExit = new HashMap<>(body);
        otherExit.put("bracket", Map.of("stopLoss", "0.5", "takeProfit", 3));
        as("service").contentType(ContentType.JSON).body(otherExit).post("/api/v1/orders").then().statusCode(409);
        Map<String, Object> noBracket = new HashMap<>(body);
        noBracket.remove("bracket");
        as("service").contentType(ContentType.JSON).body(noBracket).post("/api/v1/orders").then().statusCode(409);
        as("service").delete("/api/v1/orders/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void acceptsLimitStopAndStopLimitOrdersWithExactlyTheirPrices() {
        for (Map<String, Object> prices : List.of(Map.<String, Object>of("type", "LIMIT", "limitPrice", 1),
                Map.<String, Object>of("type", "STOP", "stopPrice", 1_000),
                Map.<String, Object>of("type", "STOP_LIMIT", "stopPrice", 1_000, "limitPrice", 1_001))) {
            String id = newId();
            Map<String, Object> body = order(id);
            body.putAll(prices);
            body.put("timeInForce", "GTC");
            OrderView placed = as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders")
                    .then().statusCode(201).extract().as(OrderView.class);
            assertThat(placed.type().name()).isEqualTo(prices.get("type"));
            assertThat(placed.status().name()).as(String.valueOf(placed.rejectReason())).isEqualTo("ACCEPTED");
            if (prices.containsKey("stopPrice")) {
                assertThat(placed.stopPrice()).isEqualByComparingTo("1000");
            }
            Map<String, Object> otherStop = new HashMap<>(body);
            otherStop.put("stopPrice", 999);
            otherStop.remove("limitPrice");
            otherStop.put("type", "STOP");
            as("service").contentType(ContentType.JSON).body(otherStop).post("/api/v1/orders").then().statusCode(409);
            as("TRADER").delete("/api/v1/orders/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        }
    }

    @Test
    void refusesAMissingOrSuperfluousLimitOrStopPriceNamingIt() {
        assertRefused("limitPrice", body -> body.put("type", "LIMIT"));
        assertRefused("limitPrice", body -> {
            body.put("type", "LIMIT");
            body.put("limitPrice", -1);
        });
        assertRefused("stopPrice", body -> body.put("type", "STOP"));
        assertRefused("limitPrice", body -> {
            body.put("type", "STOP");
            body.put("stopPrice", 100);
            body.put("limitPrice", 100);
        });
        assertRefused("stopPrice", body -> {
            body.put("type", "STOP_LIMIT");
            body.put("limitPrice", 100);
        });
        assertRefused("stopPrice", body -> {
            body.put("type", "STOP_LIMIT");
            body.put("limitPrice", 100);
            body.put("stopPrice", 0);
        });
        assertRefused("stopPrice", body -> {
            body.put("type", "LIMIT");
            body.put("limitPrice", 100);
            body.put("stopPrice", 100);
        });
    }

    @Test
    void requiresATokenToPlaceAnOrder() {
        String id = newId();
        given().contentType(ContentType.JSON).body(order(id)).post("/api/v1/orders").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        assertThat(rows(id)).isZero();
    }

    @Test
    void forbidsViewersToPlaceOrdersButLetsThemRead() {
        String id = newId();
        as("VIEWER").contentType(ContentType.JSON).body(order(id)).post("/api/v1/orders").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        assertThat(rows(id)).isZero();
        as("VIEWER").get("/api/v1/orders").then().statusCode(200);
    }

    @Test
    void findsAnOrderByClientOrderIdAndFiltersTheList() {
        String id = newId();
        Map<String, Object> body = order(id);
        body.put("strategy", "filter-test-" + id);
        as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders").then().statusCode(201);

        as("VIEWER").get("/api/v1/orders/" + id).then().statusCode(200).body("clientOrderId", equalTo(id));
        as("VIEWER").get("/api/v1/orders/no-such-order").then().statusCode(404).contentType("application/problem+json");
        as("VIEWER").queryParam("strategy", "filter-test-" + id).get("/api/v1/orders").then().statusCode(200)
                .body("clientOrderId", equalTo(List.of(id)));
        as("VIEWER").queryParam("status", "REJECTED").get("/api/v1/orders").then().statusCode(200)
                .body("clientOrderId", not(hasItem(id)));
        as("VIEWER").queryParam("status", "sideways").get("/api/v1/orders").then().statusCode(400)
                .body("field", equalTo("status"));
    }

    @Test
    void listsNewestFirst() {
        String strategy = "newest-" + UUID.randomUUID();
        for (String id : List.of(newId(), newId())) {
            Map<String, Object> body = order(id);
            body.put("strategy", strategy);
            as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders").then().statusCode(201);
        }
        List<OrderView> listed = List.of(as("VIEWER").queryParam("strategy", strategy).get("/api/v1/orders")
                .then().statusCode(200).extract().as(OrderView[].class));
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).createdAt()).isAfterOrEqualTo(listed.get(1).createdAt());
    }

    private void assertRefused(String field, java.util.function.Consumer<Map<String, Object>> breakIt) {
        String id = newId();
        Map<String, Object> body = order(id);
        breakIt.accept(body);
        as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo(field));
        assertThat(rows(id)).as("no row after a bad " + field).isZero();
    }

    private static int await(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
