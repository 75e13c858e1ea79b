/** Watchlists the screeners wrote to MySQL; the backend only reads them. */
package io.tradebot.backend.watchlist;
