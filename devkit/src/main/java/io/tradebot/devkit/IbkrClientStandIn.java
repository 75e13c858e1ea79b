package io.tradebot.devkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for ibkr-client at its HTTP boundary on a free local port: serves the JSON a test sets,
 * accepts orders idempotently by clientOrderId as the real service does (201 the first time, 200 for the same
 * body again, 409 for another body under a known id), refuses calls without a bearer token, and records every
 * request and the status each order POST was answered with.
 */
public final class IbkrClientStandIn {

    private static final String DEFAULT_CLOCK = clockJson(Instant.parse("2024-03-05T14:05:00Z"), LocalDate.parse("2024-03-05"), "PRE");

    private final HttpServer server;
    private final Map<IbkrRoute, String> bodies = new ConcurrentHashMap<>();
    /** Bodies for one symbol's bars or fundamentals, keyed by route and symbol; they win over {@link #bodies}. */
    private final Map<IbkrRoute, Map<String, String>> symbolBodies = new ConcurrentHashMap<>();
    private final Map<IbkrRoute, Integer> failures = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Integer> orderFailures = new ConcurrentLinkedQueue<>();
    private final List<IbkrRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> acceptedOrders = new ConcurrentHashMap<>();
    private final List<Integer> orderAnswers = new CopyOnWriteArrayList<>();

    private IbkrClientStandIn(HttpServer server) {
        this.server = server;
        reset();
        Map<String, List<IbkrRoute>> byContext = new LinkedHashMap<>();
        for (IbkrRoute route : IbkrRoute.values()) {
            byContext.computeIfAbsent(route.context(), c -> new ArrayList<>()).add(route);
        }
        byContext.forEach((context, routes) -> server.createContext(context, exchange -> handle(routes.stream()
                .filter(r -> r.matches(exchange.getRequestMethod(), exchange.getRequestURI().getPath()))
                .findFirst().orElse(routes.getFirst()), exchange)));
        server.start();
    }

    public static IbkrClientStandIn start() {
        try {
            return new IbkrClientStandIn(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the ibkr-client stand-in", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    /** Serves this clock from now on (mode {@code sim}, speed 60); the default is 2024-03-05 14:05Z, PRE. */
    public void clock(Instant now, LocalDate tradingDate, String session) {
        serve(IbkrRoute.CLOCK, clockJson(now, tradingDate, session));
    }

    /** Serves {@code json} (a TopGainerView array) for every scan from now on; the default is {@code []}. */
    public void topGainers(String json) {
        serve(IbkrRoute.TOP_GAINERS, json);
    }

    /** Serves {@code json} (a BarView array) for every symbol's bars from now on; the default is {@code []}. */
    public void bars(String json) {
        serve(IbkrRoute.BARS, json);
    }

    /** Serves {@code json} (a BarView array) for {@code symbol}'s bars from now on, whatever the query asks. */
    public void bars(String symbol, String json) {
        symbolBodies.computeIfAbsent(IbkrRoute.BARS, r -> new ConcurrentHashMap<>()).put(symbol, json);
    }

    /** Serves {@code json} (a BarView array) for {@code symbol}'s bars of {@code size} (e.g. 5min); wins over {@link #bars(String, String)}. */
    public void bars(String symbol, String size, String json) {
        symbolBodies.computeIfAbsent(IbkrRoute.BARS, r -> new ConcurrentHashMap<>()).put(symbol + "|" + size, json);
    }

    /** Serves {@code json} (a FundamentalsView) for {@code symbol}; symbols without one answer 404. */
    public void fundamentals(String symbol, String json) {
        symbolBodies.computeIfAbsent(IbkrRoute.FUNDAMENTALS, r -> new ConcurrentHashMap<>()).put(symbol, json);
    }

    /** Serves {@code json} (an AccountView) from now on; until then the account answers 404. */
    public void account(String json) {
        serve(IbkrRoute.ACCOUNT, json);
    }

    /** Serves {@code json} (a PositionView array) from now on; the default is {@code []}. */
    public void positions(String json) {
        serve(IbkrRoute.POSITIONS, json);
    }

    /** Serves {@code json} (an OrderView array) for every {@code GET /orders} from now on; the default is {@code []}. */
    public void orderList(String json) {
        serve(IbkrRoute.ORDER_LIST, json);
    }

    /** Serves {@code json} (an OrderView) for every {@code DELETE /orders/{id}} from now on; the default is {@code {}}. */
    public void cancelled(String json) {
        serve(IbkrRoute.CANCEL, json);
    }

    /** Answers every request to {@code route} with {@code status} and a problem+json body until its JSON is set again. */
    public void fail(IbkrRoute route, int status) {
        failures.put(route, status);
    }

    /** Answers the next {@code times} order POSTs with {@code status} and a problem+json body. */
    public void failNextOrders(int status, int times) {
        for (int i = 0; i < times; i++) {
            orderFailures.add(status);
        }
    }

    /** Every request to {@code route} so far, oldest first, refused and failed ones included. */
    public List<IbkrRequest> requests(IbkrRoute route) {
        return requests.stream().filter(request -> request.route() == route).toList();
    }

    /** The JSON bodies of every order POSTed so far, failed ones included. */
    public List<String> orders() {
        return requests(IbkrRoute.ORDERS).stream().map(IbkrRequest::body).toList();
    }

    /** The HTTP status each order POST so far was answered with, oldest first (201, 200, 409, or a queued failure). */
    public List<Integer> orderAnswers() {
        return List.copyOf(orderAnswers);
    }

    /** Forgets recorded requests, accepted orders and failures, and serves the defaults again. */
    public void reset() {
        requests.clear();
        acceptedOrders.clear();
        orderAnswers.clear();
        failures.clear();
        orderFailures.clear();
        bodies.clear();
        symbolBodies.clear();
        bodies.put(IbkrRoute.CLOCK, DEFAULT_CLOCK);
        bodies.put(IbkrRoute.TOP_GAINERS, "[]");
        bodies.put(IbkrRoute.BARS, "[]");
        bodies.put(IbkrRoute.POSITIONS, "[]");
        bodies.put(IbkrRoute.ORDER_LIST, "[]");
        bodies.put(IbkrRoute.CANCEL, "{}");
    }

    /** One TopGainerView as JSON; numbers are written as given. */
    public static String gainer(String symbol, String date, String previousClose, String close, String changePct, long volume) {
        return "{\"symbol\":\"%s\",\"date\":\"%s\",\"previousClose\":%s,\"close\":%s,\"changePct\":%s,\"volume\":%d}"
                .formatted(symbol, date, previousClose, close, changePct, volume);
    }

    private void serve(IbkrRoute route, String json) {
        bodies.put(route, json);
        failures.remove(route);
    }

    private void handle(IbkrRoute route, HttpExchange exchange) throws IOException {
        IbkrRequest request = IbkrRequest.of(route, exchange);
        requests.add(request);
        if (!request.authorization().startsWith("Bearer ")) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        } else if (!route.matches(request.method(), request.path())) {
            reply(exchange, 404, problem(404, "no such route on the ibkr-client stand-in"));
        } else if (route == IbkrRoute.ORDERS) {
            Integer failure = orderFailures.poll();
            answerOrder(exchange, failure != null ? failure : failures.get(route), request.body());
        } else {
            Map<String, String> bySymbol = symbolBodies.getOrDefault(route, Map.of());
            String symbol = symbolOf(request.path());
            String body = bySymbol.getOrDefault(symbol + "|" + request.query().get("size"),
                    bySymbol.getOrDefault(symbol, bodies.get(route)));
            Integer failure = failures.get(route);
            answer(exchange, failure != null ? failure : body == null ? Integer.valueOf(404) : null, body);
        }
    }

    private synchronized void answerOrder(HttpExchange exchange, Integer failure, String body) throws IOException {
        int status;
        String answer;
        if (failure != null) {
            status = failure;
            answer = problem(failure, "the ibkr-client stand-in refused the request");
        } else {
            String earlier = acceptedOrders.putIfAbsent(OrderEcho.clientOrderId(body), body);
            status = earlier == null ? 201 : earlier.equals(body) ? 200 : 409;
            answer = status == 409 ? problem(409, "clientOrderId already used with other fields") : OrderEcho.of(body);
        }
        orderAnswers.add(status);
        reply(exchange, status, answer);
    }

    private static void answer(HttpExchange exchange, Integer failure, String body) throws IOException {
        if (failure != null) {
            reply(exchange, failure, problem(failure, "the ibkr-client stand-in refused the request"));
        } else {
            reply(exchange, exchange.getRequestMethod().equals("POST") ? 201 : 200, body);
        }
    }

    /** The path segment after {@code /marketdata/} or {@code /fundamentals/}, or "" for other paths. */
    private static String symbolOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 4 ? parts[4] : "";
    }

    private static String problem(int status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"Refused\",\"status\":%d,\"detail\":\"%s\"}".formatted(status, detail);
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
