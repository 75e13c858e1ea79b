package io.tradebot.strategy.fundamental.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for ibkr-client on a free local port: serves a set clock and recorded bars, and
 * records every order POSTed. Orders are accepted (201) unless a failure was queued for them.
 */
public final class IbkrStub {

    private static final Pattern FIELD = Pattern.compile("\"(clientOrderId|symbol|quantity)\"\\s*:\\s*\"?([^\",}]+)");

    private final HttpServer server;
    private final List<String> orders = new CopyOnWriteArrayList<>();
    private final List<String> barRequests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> orderFailures = new ConcurrentLinkedQueue<>();
    private volatile String clock = clockJson(Instant.parse("2024-03-05T14:05:00Z"), LocalDate.parse("2024-03-05"), "PRE");
    private volatile String bars = "[]";

    private IbkrStub(HttpServer server) {
        this.server = server;
        server.createContext("/api/v1/clock", exchange -> reply(exchange, 200, clock));
        server.createContext("/api/v1/marketdata/", exchange -> {
            barRequests.add(exchange.getRequestURI().toString());
            reply(exchange, 200, bars);
        });
        server.createContext("/api/v1/orders", this::order);
        server.start();
    }

    public static IbkrStub start() {
        try {
            return new IbkrStub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the ibkr-client stub", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    public void clock(Instant now, LocalDate tradingDate, String session) {
        clock = clockJson(now, tradingDate, session);
    }

    /** Serves {@code json} (a BarView array) for every bars request from now on. */
    public void bars(String json) {
        bars = json;
    }

    /** Answers the next {@code times} order POSTs with {@code status} and a problem+json body. */
    public void failNextOrders(int status, int times) {
        for (int i = 0; i < times; i++) {
            orderFailures.add(status);
        }
    }

    /** The JSON bodies of every order POSTed so far, failed ones included. */
    public List<String> orders() {
        return List.copyOf(orders);
    }

    public List<String> barRequests() {
        return List.copyOf(barRequests);
    }

    /** Forgets recorded requests and queued failures. */
    public void reset() {
        orders.clear();
        barRequests.clear();
        orderFailures.clear();
        bars = "[]";
    }

    private void order(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        orders.add(body);
        Integer failure = orderFailures.poll();
        if (failure != null) {
            reply(exchange, failure, "{\"type\":\"about:blank\",\"title\":\"Refused\",\"status\":" + failure
                    + ",\"detail\":\"stub refused the order\"}");
            return;
        }
        reply(exchange, 201, """
                {"clientOrderId":"%s","brokerOrderId":"SIM-1","strategy":"fundamental","symbol":"%s","side":"BUY",
                 "type":"MARKET","quantity":%s,"timeInForce":"DAY","status":"SUBMITTED","filledQuantity":0,
                 "commission":0,"createdAt":"2024-03-05T14:05:00Z","updatedAt":"2024-03-05T14:05:00Z"}"""
                .formatted(field(body, "clientOrderId"), field(body, "symbol"), field(body, "quantity")));
    }

    private static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        return "";
    }

    private static String clockJson(Instant now, LocalDate tradingDate, String session) {
        return "{\"now\":\"%s\",\"tradingDate\":\"%s\",\"session\":\"%s\",\"mode\":\"sim\",\"speed\":60.0}"
                .formatted(now, tradingDate, session);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status < 400 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
