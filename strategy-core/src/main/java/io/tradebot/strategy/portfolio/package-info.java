/** Holdings and their accounting: average cost, realized and unrealized profit, long and short. */
package io.tradebot.strategy.portfolio;
