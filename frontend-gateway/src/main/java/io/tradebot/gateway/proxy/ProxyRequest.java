package io.tradebot.gateway.proxy;

import java.util.List;
import java.util.Map;

/**
 * One request to forward: the method, the raw path and query exactly as the browser sent them, the
 * end-to-end headers worth forwarding, and the body.
 */
public record ProxyRequest(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {

    /** Request headers the backend needs; everything else (hop-by-hop, cookies, client hints) stays here. */
    public static final List<String> FORWARDED_HEADERS = List.of("Content-Type", "Accept",
            "Authorization");

    public ProxyRequest {
        headers = Map.copyOf(headers);
    }
}
