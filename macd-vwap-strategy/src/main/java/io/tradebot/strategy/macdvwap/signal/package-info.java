/** One symbol's live evaluation of strategy-core's {@code macd-vwap}, and how its intents become order requests. */
package io.tradebot.strategy.macdvwap.signal;
