package io.tradebot.common.watchlist;

/** Which screener wrote a watchlist entry. */
public enum WatchlistSource {
    FUNDAMENTAL, EARNINGS
}
