package io.tradebot.screener.fundamental.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for ibkr-client on a free local port: serves a set clock and a recorded scan, and records the scans asked for. */
public final class IbkrStub {

    private final HttpServer server;
    private final List<Map<String, String>> scans = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile String clock = clockJson(Instant.parse("2024-03-05T14:05:00Z"), LocalDate.parse("2024-03-05"), "PRE");
    private volatile String topGainers = "[]";
    private volatile int topGainersStatus = 200;

    private IbkrStub(HttpServer server) {
        this.server = server;
        server.createContext("/api/v1/clock", exchange -> reply(exchange, 200, clock));
        server.createContext("/api/v1/scanner/top-gainers", exchange -> {
            scans.add(query(exchange));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            reply(exchange, topGainersStatus, topGainersStatus == 200 ? topGainers
                    : "{\"title\":\"Error\",\"status\":" + topGainersStatus + "}");
        });
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

    /** Serves {@code json} (a TopGainerView array) for every scan from now on. */
    public void topGainers(String json) {
        topGainers = json;
        topGainersStatus = 200;
    }

    /** Answers every scan with {@code status} from now on. */
    public void topGainersFail(int status) {
        topGainersStatus = status;
    }

    /** The query parameters of every scan asked for so far. */
    public List<Map<String, String>> scans() {
        return List.copyOf(scans);
    }

    /** The Authorization headers the scans carried. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public static String gainer(String symbol, String date, String previousClose, String close, String changePct, long volume) {
        return "{\"symbol\":\"%s\",\"date\":\"%s\",\"previousClose\":%s,\"close\":%s,\"changePct\":%s,\"volume\":%d}"
                .formatted(symbol, date, previousClose, close, changePct, volume);
    }

    private static String clockJson(Instant now, LocalDate tradingDate, String session) {
        return "{\"now\":\"%s\",\"tradingDate\":\"%s\",\"session\":\"%s\",\"mode\":\"sim\",\"speed\":60.0}"
                .formatted(now, tradingDate, session);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status < 400 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
