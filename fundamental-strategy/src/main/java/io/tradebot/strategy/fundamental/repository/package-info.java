/** Persistence of the fundamental watchlist as the strategy reads and updates it. */
package io.tradebot.strategy.fundamental.repository;
