package io.tradebot.strategy.fundamental.config;

import io.smallrye.config.ConfigMapping;

/** Configuration of fundamental-strategy. */
@ConfigMapping(prefix = "tradebot.strategy")
public interface FundamentalStrategyConfig {
}
