package io.tradebot.ibkr.config;

import io.smallrye.config.ConfigMapping;

/** Configuration of ibkr-client. */
@ConfigMapping(prefix = "tradebot.ibkr")
public interface IbkrClientConfig {
}
