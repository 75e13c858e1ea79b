package io.tradebot.screener.fundamental.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /**
     * When the scheduled screen runs: minutes after the 09:30 New York open of each trading day by the market
     * clock (negative: before the open, in the pre-market).
     */
    @WithDefault("30")
    int minutesAfterOpen();

    /** The per-company models. */
    Models models();

    /** Whether the S&P 500 list is loaded into the {@code company} table at start (idempotent). */
    @WithDefault("true")
    boolean loadCompaniesOnStart();

    /** Configuration of the per-company models ({@code tradebot.screener.models.*}). */
    interface Models {

        /** Whether the models are retrained after each session's close by the market clock. */
        @WithDefault("true")
        boolean retrainEnabled();

        /** Minutes after the 16:00 New York close the scheduled retraining starts. */
        @WithDefault("30")
        int retrainAfterClose();

        /** Symbols retrained on the schedule and by default on demand; empty: every symbol in {@code company}. */
        Optional<List<String>> symbols();

        /** How many daily returns the DAY models train on (the window ends at the as-of session). */
        @WithDefault("250")
        int dayWindow();

        /** How many sessions of hour returns the HOUR models train on (hours from 5-minute bars). */
        @WithDefault("20")
        int hourSessions();

        /** How many lagged returns the regressions use (p). */
        @WithDefault("1")
        int lags();

        /** Half-width of the Markov chain's FLAT state, in population standard deviations of the window's returns. */
        @WithDefault("0.5")
        double flatBand();

        /** Whether the screen trains a survivor's models on the fly when none is trained through the screened session. */
        @WithDefault("true")
        boolean trainMissing();
    }
}
