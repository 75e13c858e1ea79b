package io.tradebot.gateway.proxy;

import java.util.List;
import java.util.Map;

/** The backend's answer: status, the end-to-end headers passed back to the browser, and the body. */
public record ProxyResponse(int status, Map<String, String> headers, byte[] body) {

    /** Response headers passed back; hop-by-hop and framing headers are the gateway's own business. */
    public static final List<String> RETURNED_HEADERS = List.of("Content-Type", "Location", "Retry-After",
            "WWW-Authenticate");

    public ProxyResponse {
        headers = Map.copyOf(headers);
    }
}
