/** How simulated orders fill and what they cost; shared by the simulated exchange and the backtest engine. */
package io.tradebot.strategy.fill;
