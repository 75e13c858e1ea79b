/** A screen: which of the last session's top gainers make the next trading day's fundamental watchlist, and why. */
package io.tradebot.screener.fundamental.screen;
