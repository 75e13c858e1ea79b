package io.tradebot.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Stands in for the backend process at the HTTP boundary: answers every request with a JSON echo of what
 * arrived (method, path, query, body, headers), and {@code /api/status/NNN} with status NNN and a
 * problem+json body, so a test sees exactly what the gateway forwarded and returned.
 */
public class BackendStandIn implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", BackendStandIn::answer);
        server.start();
        return Map.of("tradebot.gateway.backend-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        byte[] body;
        int status = 200;
        String contentType = "application/json";
        if (path.startsWith("/api/status/")) {
            status = Integer.parseInt(path.substring("/api/status/".length()));
            contentType = "application/problem+json";
            body = ("{\"status\":" + status + ",\"detail\":\"from the backend\"}").getBytes(StandardCharsets.UTF_8);
        } else {
            body = JSON.writeValueAsBytes(echo(exchange, path));
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Backend-Internal", "should-not-leak");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, Object> echo(HttpExchange exchange, String path) throws IOException {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", path);
        echo.put("query", exchange.getRequestURI().getRawQuery());
        echo.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        echo.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
        echo.put("accept", exchange.getRequestHeaders().getFirst("Accept"));
        TreeSet<String> names = new TreeSet<>();
        exchange.getRequestHeaders().keySet().forEach(name -> names.add(name.toLowerCase()));
        echo.put("headerNames", List.copyOf(names));
        return echo;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The test profile that points the gateway at this stand-in. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BackendStandIn.class));
        }
    }
}
