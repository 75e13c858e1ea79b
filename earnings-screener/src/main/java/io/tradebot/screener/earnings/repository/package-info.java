/** Persistence of what the earnings screen writes: earnings events, watchlist entries and screen runs. */
package io.tradebot.screener.earnings.repository;
