/** The live loop: follow the market clock, feed each symbol's new bars to the strategy, send its intents as orders. */
package io.tradebot.strategy.macdvwap.service;
