package io.tradebot.gateway.config;

import io.smallrye.config.ConfigMapping;

/** Configuration of frontend-gateway. */
@ConfigMapping(prefix = "tradebot.gateway")
public interface GatewayConfig {
}
