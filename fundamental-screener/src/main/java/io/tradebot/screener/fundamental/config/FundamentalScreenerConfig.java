package io.tradebot.screener.fundamental.config;

import io.smallrye.config.ConfigMapping;

/** Configuration of fundamental-screener. */
@ConfigMapping(prefix = "tradebot.screener")
public interface FundamentalScreenerConfig {
}
