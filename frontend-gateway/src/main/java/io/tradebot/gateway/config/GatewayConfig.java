package io.tradebot.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Configuration of frontend-gateway. */
@ConfigMapping(prefix = "tradebot.gateway")
public interface GatewayConfig {

    /** Base URL of the backend every {@code /api/**} request goes to (env {@code TRADEBOT_BACKEND_URL}). */
    @WithDefault("http://localhost:8081")
    URI backendUrl();

    /** How many {@code POST /api/auth/login} one client IP may make in any 60-second window. */
    @WithDefault("10")
    int loginAttemptsPerMinute();

    /** How long to wait for a connection to the backend before answering 502. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** How long to wait for the backend's whole response before answering 504. */
    @WithDefault("PT30S")
    Duration requestTimeout();
}
