package io.tradebot.backend.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the ibkr-client process at the HTTP boundary only: serves recorded responses of its
 * {@code /api/v1/account} and {@code /api/v1/positions}, and refuses calls without a bearer token as the
 * real service does.
 */
public class IbkrClientStandIn implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/account", exchange -> reply(exchange, "/ibkr-client/account.json"));
        server.createContext("/api/v1/positions", exchange -> reply(exchange, "/ibkr-client/positions.json"));
        server.start();
        return Map.of("quarkus.rest-client.ibkr-client.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void reply(HttpExchange exchange, String recording) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        byte[] body;
        try (InputStream in = IbkrClientStandIn.class.getResourceAsStream(recording)) {
            body = in.readAllBytes();
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The test profile that points the backend at this stand-in. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(IbkrClientStandIn.class));
        }
    }
}
