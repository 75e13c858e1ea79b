package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.order.ExecutionView;
import io.tradebot.common.order.OrderView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the order resource tests do over HTTP: place, await a status, read executions, clean up. */
final class OrderFlow {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Duration TIMEOUT = Duration.ofSeconds(90);

    private OrderFlow() {
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A GTC order body of {@code quantity} shares. */
    static Map<String, Object> body(String id, String strategy, String symbol, String side, String type, int quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientOrderId", id);
        body.put("strategy", strategy);
        body.put("symbol", symbol);
        body.put("side", side);
        body.put("type", type);
        body.put("quantity", quantity);
        body.put("timeInForce", "GTC");
        return body;
    }

    static OrderView place(Map<String, Object> body) {
        return as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders")
                .then().statusCode(201).extract().as(OrderView.class);
    }

    static OrderView get(String id) {
        return as("VIEWER").get("/api/v1/orders/" + id).then().statusCode(200).extract().as(OrderView.class);
    }

    static OrderView awaitStatus(String id, String status) {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> as("VIEWER").get("/api/v1/orders/" + id).then().extract().response(),
                        response -> response.statusCode() == 200 && response.path("status").equals(status))
                .as(OrderView.class);
    }

    static List<ExecutionView> executions(String clientOrderId) {
        return List.of(as("VIEWER").queryParam("clientOrderId", clientOrderId).get("/api/v1/executions")
                .then().statusCode(200).extract().as(ExecutionView[].class));
    }

    static ClockView clock() {
        return as("VIEWER").get("/api/v1/clock").then().statusCode(200).extract().as(ClockView.class);
    }

    /**
     * The 1-minute bars of {@code symbol} starting in [{@code from}, {@code to}), as
     * {@code GET /marketdata/{symbol}/bars?size=1min} serves them once the clock has passed them all (the
     * API serves only completed minutes). The range must stay within the API's 14 days.
     */
    static List<BarView> minutes(String symbol, Instant from, Instant to) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50))
                .until(() -> clock().now(), now -> !now.isBefore(to.plusSeconds(60)));
        return List.of(as("VIEWER").queryParam("size", "1min").queryParam("from", from.toString())
                .queryParam("to", to.toString()).get("/api/v1/marketdata/" + symbol + "/bars")
                .then().statusCode(200).extract().as(BarView[].class));
    }

    /** The minutes of {@code symbol} from {@code from} through the minute holding {@code through}. */
    static List<BarView> minutesThrough(String symbol, Instant from, Instant through) {
        return minutes(symbol, from, through.plusSeconds(60));
    }

    /** The last close of {@code symbol} the clock has passed, read from the CSV. */
    static BigDecimal lastClose(String symbol) {
        Instant now = as("VIEWER").get("/api/v1/clock").then().statusCode(200).extract().as(ClockView.class).now();
        return CsvBars.of(symbol).stream().filter(bar -> !closeOf(bar).isAfter(now)).reduce((a, b) -> b).orElseThrow().close();
    }

    /** The next {@code count} CSV bars of {@code symbol} that open after the clock's now. */
    static List<CsvBars> upcoming(String symbol, int count) {
        Instant now = as("VIEWER").get("/api/v1/clock").then().statusCode(200).extract().as(ClockView.class).now();
        return CsvBars.of(symbol).stream().filter(bar -> openOf(bar).isAfter(now)).limit(count).toList();
    }

    /** The highest high of the next bars: a price the market will reach within them. */
    static BigDecimal comingHigh(String symbol) {
        return upcoming(symbol, 5).stream().skip(1).map(CsvBars::high).reduce(BigDecimal::max).orElseThrow();
    }

    /** The lowest low of the next bars: a price the market will reach within them. */
    static BigDecimal comingLow(String symbol) {
        return upcoming(symbol, 5).stream().skip(1).map(CsvBars::low).reduce(BigDecimal::min).orElseThrow();
    }

    static BigDecimal times(BigDecimal price, String factor) {
        return price.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_EVEN);
    }

    static Instant openOf(CsvBars bar) {
        return bar.date().atTime(9, 30).atZone(NEW_YORK).toInstant();
    }

    static Instant closeOf(CsvBars bar) {
        return bar.date().atTime(16, 0).atZone(NEW_YORK).toInstant();
    }

    /**
     * When a DAY order of {@code symbol} placed at {@code placedAt} expires, from the daily CSV: the 16:00
     * close of the first day with a row of the symbol whose close is after the placement.
     */
    static Instant dayExpiry(String symbol, Instant placedAt) {
        return CsvBars.of(symbol).stream().map(OrderFlow::closeOf).filter(close -> close.isAfter(placedAt)).findFirst()
                .orElseThrow();
    }

    /** Cancels every order of {@code strategy} still working, so no test leaves open orders behind. */
    static void cancelOpenOrders(String strategy) {
        Arrays.stream(as("VIEWER").queryParam("status", "open").queryParam("strategy", strategy).get("/api/v1/orders")
                .then().statusCode(200).extract().as(OrderView[].class))
                .forEach(order -> as("service").delete("/api/v1/orders/" + order.clientOrderId()));
    }
}
