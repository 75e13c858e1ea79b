package io.tradebot.screener.earnings.classify;

/** What the screen concluded about one earnings report; only {@link #LIKELY_BEAT} goes to the watchlist. */
public enum Classification {
    /** Profitable, and beat the forecast in enough of its recent quarters. */
    LIKELY_BEAT,
    /** Profitable, but the surprise history is too short or too mixed. */
    PROFITABLE,
    /** The forecast or the last EPS is zero or negative. */
    NOT_PROFITABLE,
    /** The forecast or the last EPS is unknown, so profitability cannot be judged. */
    EPS_UNKNOWN
}
