package io.tradebot.screener.earnings.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

/** Configuration of earnings-screener. */
@ConfigMapping(prefix = "tradebot.earnings")
public interface EarningsScreenerConfig {

    /**
     * Where calendar pages come from: {@code nasdaq} (live HTTP to {@link Nasdaq#url()}) or
     * {@code dir:PATH} (recorded responses named {@code nasdaq_earnings_YYYY-MM-DD.json}; a relative PATH is
     * taken from the working directory). Env: {@code TRADEBOT_EARNINGS_SOURCE}.
     */
    @WithDefault("dir:earnings-screener/data/earnings_calendar")
    String source();

    /** Longest range, in days (both ends included), one run may cover. */
    @WithDefault("31")
    int maxRangeDays();

    /** The live NASDAQ source. */
    Nasdaq nasdaq();

    /** The "likely to beat" rule. */
    Rules rules();

    /** The scheduled run. */
    Schedule schedule();

    /** The live NASDAQ source's HTTP behaviour. */
    interface Nasdaq {

        /** Base URL of NASDAQ's API; the page for a date is {@code URL/api/calendar/earnings?date=YYYY-MM-DD}. */
        @WithDefault("https://api.nasdaq.com")
        URI url();

        /** User-Agent sent: NASDAQ refuses requests that do not look like a browser's. */
        @WithDefault("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36")
        String userAgent();

        /** Least time between two requests (pacing). */
        @WithDefault("2s")
        Duration pacing();

        /** How many times a request answered 429, 5xx or not at all is tried again. */
        @WithDefault("3")
        int maxRetries();

        /** Wait before the first retry; doubled for each later one (a Retry-After header, if longer, wins). */
        @WithDefault("5s")
        Duration backoff();

        /** Longest wait before any retry, Retry-After included. */
        @WithDefault("60s")
        Duration maxBackoff();

        /** Timeout of one request. */
        @WithDefault("20s")
        Duration timeout();
    }

    /** Thresholds of the classification (README, "Classification"). */
    interface Rules {

        /** How many of the latest earlier quarters with a known surprise are looked at. */
        @WithDefault("4")
        int historyQuarters();

        /** Fewest such quarters needed to call a company likely to beat. */
        @WithDefault("3")
        int minQuarters();

        /** Share of the quarters looked at that must have beaten the forecast (surprise > 0). */
        @WithDefault("0.75")
        BigDecimal minBeatShare();
    }

    /** The scheduled run over the coming days. */
    interface Schedule {

        /** Whether the scheduled run happens; the on-demand endpoint works either way. */
        @WithDefault("true")
        boolean enabled();

        /** When it runs (Quarkus cron, in America/New_York). */
        @WithDefault("0 30 6 * * ?")
        String cron();

        /** How many days it reads, starting today (America/New_York). */
        @WithDefault("7")
        int days();
    }
}
