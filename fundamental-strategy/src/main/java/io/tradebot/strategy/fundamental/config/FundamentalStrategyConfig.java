package io.tradebot.strategy.fundamental.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** Configuration of fundamental-strategy. */
@ConfigMapping(prefix = "tradebot.strategy")
public interface FundamentalStrategyConfig {

    /** Whether the scheduled job acts on the watchlist at all. */
    @WithDefault("true")
    boolean enabled();

    /** How often the scheduled job reads the clock and the NEW fundamental watchlist entries. */
    @WithDefault("5s")
    Duration pollInterval();

    /** US dollars to put into each entry; shares = floor(allocation / last close). */
    @WithDefault("10000")
    BigDecimal allocationPerEntry();

    /** Most entries (orders accepted by ibkr-client) per trading day. */
    @WithDefault("5")
    int maxNewPositionsPerDay();

    /**
     * Sessions a position is held, counting its opening day, before strategy-core's {@code fundamental} time stop
     * sells it: at the close of that session, so the order goes out before the next open.
     */
    @WithDefault("5")
    int timeStopDays();
}
