package io.tradebot.strategy.macdvwap.config;

import io.smallrye.config.ConfigMapping;

/** Configuration of macd-vwap-strategy. */
@ConfigMapping(prefix = "tradebot.macdvwap")
public interface MacdVwapStrategyConfig {
}
