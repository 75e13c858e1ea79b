package io.tradebot.devkit;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request {@link IbkrClientStandIn} received: decoded query parameters, the body as text, and the
 * Authorization header ({@code ""} when there was none).
 */
public record IbkrRequest(IbkrRoute route, String method, String path, Map<String, String> query, String body,
        String authorization) {

    static IbkrRequest of(IbkrRoute route, HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return new IbkrRequest(route, exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                query(exchange.getRequestURI().getRawQuery()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                authorization == null ? "" : authorization);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return Collections.unmodifiableMap(params);
    }
}
