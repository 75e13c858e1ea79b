package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.risk.RiskView;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls the order and risk endpoints the way the risk tests need them. */
final class RiskTestApi {

    static final Duration TIMEOUT = Duration.ofSeconds(40);
    private static final Duration POLL = Duration.ofMillis(200);

    private RiskTestApi() {
    }

    /** POSTs a MARKET order and returns it, asserting the HTTP status. */
    static OrderView place(String id, String strategy, String symbol, String side, Object quantity, int status) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientOrderId", id);
        body.put("strategy", strategy);
        body.put("symbol", symbol);
        body.put("side", side);
        body.put("type", "MARKET");
        body.put("quantity", quantity);
        return as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders")
                .then().statusCode(status).extract().as(OrderView.class);
    }

    /** POSTs a DAY LIMIT order and returns it, asserting 201. */
    static OrderView placeLimit(String id, String strategy, String symbol, String side, Object quantity, BigDecimal limitPrice) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientOrderId", id);
        body.put("strategy", strategy);
        body.put("symbol", symbol);
        body.put("side", side);
        body.put("type", "LIMIT");
        body.put("quantity", quantity);
        body.put("limitPrice", limitPrice);
        return as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders")
                .then().statusCode(201).extract().as(OrderView.class);
    }

    static OrderView order(String id) {
        return as("VIEWER").get("/api/v1/orders/" + id).then().statusCode(200).extract().as(OrderView.class);
    }

    static OrderView awaitFilled(String id) {
        return await().atMost(TIMEOUT).pollInterval(POLL)
                .until(() -> order(id), order -> order.status().name().equals("FILLED"));
    }

    static void awaitNoOpenOrders() {
        await().atMost(TIMEOUT).pollInterval(POLL)
                .until(() -> as("VIEWER").queryParam("status", "open").get("/api/v1/orders").then().statusCode(200)
                        .extract().as(OrderView[].class), open -> open.length == 0);
    }

    static List<PositionView> positions() {
        return Arrays.asList(as("VIEWER").get("/api/v1/positions").then().statusCode(200).extract().as(PositionView[].class));
    }

    static BigDecimal held(String symbol) {
        return positions().stream().filter(p -> p.symbol().equals(symbol)).map(PositionView::quantity).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    static RiskView risk() {
        return as("VIEWER").get("/api/v1/risk").then().statusCode(200).extract().as(RiskView.class);
    }

    static RiskView setState(String state, String reason) {
        return as("ADMIN").contentType(ContentType.JSON).body(Map.of("state", state, "reason", reason))
                .put("/api/v1/risk/state").then().statusCode(200).extract().as(RiskView.class);
    }

    /** The last daily close of {@code symbol} the clock has reached. */
    static BigDecimal lastClose(String symbol) {
        List<BigDecimal> closes = as("VIEWER").queryParam("size", "1day").get("/api/v1/marketdata/" + symbol + "/bars")
                .then().statusCode(200).extract().jsonPath().getList("close", BigDecimal.class);
        return closes.getLast();
    }

    /** The reason code of a rejected order: the text before the first colon. */
    static String code(OrderView order) {
        return order.rejectReason() == null ? null : order.rejectReason().substring(0, order.rejectReason().indexOf(':'));
    }
}
