/** Signals: which fundamental watchlist entries to trade, expire or leave for later, and the orders they become. */
package io.tradebot.strategy.fundamental.signal;
