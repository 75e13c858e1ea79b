package io.tradebot.backend.config;

import io.smallrye.config.ConfigMapping;

/** Configuration of backend. */
@ConfigMapping(prefix = "tradebot.backend")
public interface BackendConfig {
}
