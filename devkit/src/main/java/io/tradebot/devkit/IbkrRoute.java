package io.tradebot.devkit;

import java.util.regex.Pattern;

/** The routes of ibkr-client's HTTP API that {@link IbkrClientStandIn} serves. */
public enum IbkrRoute {
    CLOCK("GET", "/api/v1/clock", "/api/v1/clock"),
    TOP_GAINERS("GET", "/api/v1/scanner/top-gainers", "/api/v1/scanner/top-gainers"),
    BARS("GET", "/api/v1/marketdata/", "/api/v1/marketdata/[^/]+/bars"),
    FUNDAMENTALS("GET", "/api/v1/fundamentals/", "/api/v1/fundamentals/[^/]+"),
    ACCOUNT("GET", "/api/v1/account", "/api/v1/account"),
    POSITIONS("GET", "/api/v1/positions", "/api/v1/positions"),
    ORDERS("POST", "/api/v1/orders", "/api/v1/orders"),
    ORDER_LIST("GET", "/api/v1/orders", "/api/v1/orders"),
    CANCEL("DELETE", "/api/v1/orders", "/api/v1/orders/[^/]+");

    private final String method;
    private final String context;
    private final Pattern path;

    IbkrRoute(String method, String context, String path) {
        this.method = method;
        this.context = context;
        this.path = Pattern.compile(path);
    }

    /** The path prefix the HTTP server routes to this route. */
    String context() {
        return context;
    }

    /** Whether a request with this method and path is this route's call. */
    boolean matches(String requestMethod, String requestPath) {
        return method.equals(requestMethod) && path.matcher(requestPath).matches();
    }
}
