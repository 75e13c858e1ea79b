package io.tradebot.screener.fundamental.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** Configuration of fundamental-screener. */
@ConfigMapping(prefix = "tradebot.screener")
public interface FundamentalScreenerConfig {

    /** Whether the scheduled job screens each new trading day; the on-demand endpoint works either way. */
    @WithDefault("true")
    boolean enabled();

    /** How often the scheduled job reads the market clock to see whether today still needs a screen. */
    @WithDefault("5s")
    Duration pollInterval();

    /** How many top gainers to ask ibkr-client for. */
    @WithDefault("20")
    int candidates();

    /** Lowest last close, in US dollars, a candidate may have. */
    @WithDefault("5")
    BigDecimal minPrice();

    /** Lowest session volume, in shares, a candidate may have. */
    @WithDefault("1000000")
    long minVolume();

    /** Most watchlist entries written for one trading day. */
    @WithDefault("3")
    int maxEntries();

    /** Lowest P/E a candidate may have (inclusive); EPS must be above 0 whatever this says. */
    @WithDefault("0")
    BigDecimal minPe();

    /** Highest P/E a candidate may have (inclusive). */
    @WithDefault("50")
    BigDecimal maxPe();

    /** Lowest market capitalisation, in US dollars, a candidate may have. */
    @WithDefault("2000000000")
    BigDecimal minMarketCap();

    /** How many daily returns before the screened day the standard-deviation filter compares it with (N). */
    @WithDefault("60")
    int stdWindow();

    /** Lowest z-score (the day's return minus the mean, over σ) a candidate may have (k). */
    @WithDefault("2")
    double stdThreshold();

    /** Whether the S&P 500 list is loaded into the {@code company} table at start (idempotent). */
    @WithDefault("true")
    boolean loadCompaniesOnStart();
}
