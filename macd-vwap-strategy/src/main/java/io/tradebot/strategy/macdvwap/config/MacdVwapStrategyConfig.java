package io.tradebot.strategy.macdvwap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Configuration of macd-vwap-strategy. */
@ConfigMapping(prefix = "tradebot.macdvwap")
public interface MacdVwapStrategyConfig {

    /** Whether the scheduled loop trades at all. */
    @WithDefault("true")
    boolean enabled();

    /** How often the loop reads the clock and the symbols' new 1-minute bars (Quarkus runs nothing more often than once a second). */
    @WithDefault("2s")
    Duration pollInterval();

    /** The symbols traded; each needs 1-minute bars at the clock's dates (on the replay clock: any bundled symbol but SPY). */
    @WithDefault("AAPL,MSFT,JPM,XOM")
    List<String> symbols();

    /** strategy-core {@code macd-vwap} parameters as {@code key=value} over its defaults, e.g. {@code fast=8,flatMinutesBeforeClose=30}. */
    Optional<List<String>> params();

    /** Calendar days before the trading date whose 1-minute bars warm the indicators up (at most 13: ibkr-client serves 14 days per call). */
    @WithDefault("4")
    int warmUpDays();

    /** How long, in market time after its bar ended, an entry is still sent (again, after a failure); exits are always sent. */
    @WithDefault("5m")
    Duration signalTtl();
}
