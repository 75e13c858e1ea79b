package io.tradebot.screener.earnings.config;

import io.smallrye.config.ConfigMapping;

/** Configuration of earnings-screener. */
@ConfigMapping(prefix = "tradebot.earnings")
public interface EarningsScreenerConfig {
}
