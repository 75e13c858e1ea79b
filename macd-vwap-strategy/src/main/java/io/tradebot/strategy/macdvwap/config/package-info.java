/** The one configuration mapping of macd-vwap-strategy. */
package io.tradebot.strategy.macdvwap.config;
