/** Persistence: companies, fundamentals snapshots, watchlist entries and the screen runs that produced them. */
package io.tradebot.screener.fundamental.repository;
