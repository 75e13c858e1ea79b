/** Watchlists: what the screeners found and the strategies consume. */
package io.tradebot.common.watchlist;
