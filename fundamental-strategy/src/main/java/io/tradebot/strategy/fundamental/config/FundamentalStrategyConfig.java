package io.tradebot.strategy.fundamental.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Configuration of fundamental-strategy. The sizing, bracket and time-stop keys are strategy-core's {@code fundamental}
 * parameters of the same name.
 */
@ConfigMapping(prefix = "tradebot.strategy")
public interface FundamentalStrategyConfig {

    /** Whether the scheduled job acts on the watchlist at all. */
    @WithDefault("true")
    boolean enabled();

    /** How often the scheduled job reads the clock and the NEW fundamental watchlist entries. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Equity lost, in %, if an entry's stop-loss is hit: shares = equity x risk-pct% / (close - stop) ({@code riskPct}). */
    @WithDefault("1")
    BigDecimal riskPct();

    /**
     * Cap on an entry's value in % of equity at the signal close ({@code maxPositionPct}); below ibkr-client's 10% limit,
     * so a price that moved up before the order reaches the pre-trade check is not refused.
     */
    @WithDefault("9")
    BigDecimal maxPositionPct();

    /** The bracket's stop-loss, % below the signal close ({@code stopLossPct}). */
    @WithDefault("2")
    BigDecimal stopLossPct();

    /** The bracket's take-profit, % above the signal close ({@code takeProfitPct}). */
    @WithDefault("5")
    BigDecimal takeProfitPct();

    /** The lowest watchlist score entered ({@code minScore}). */
    @WithDefault("0")
    BigDecimal minScore();

    /** Most entries (orders accepted by ibkr-client) per watchlist trade date. */
    @WithDefault("5")
    int maxNewPositionsPerDay();

    /**
     * Sessions a position is held, counting its opening day, before strategy-core's {@code fundamental} time stop
     * sells it: at the close of that session, so the order goes out before the next open ({@code timeStopDays}).
     */
    @WithDefault("5")
    int timeStopDays();
}
