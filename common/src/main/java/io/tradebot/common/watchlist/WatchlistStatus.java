package io.tradebot.common.watchlist;

/** Whether a strategy has acted on a watchlist entry yet. */
public enum WatchlistStatus {
    NEW, CONSUMED, EXPIRED
}
