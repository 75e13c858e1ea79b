/** The one configuration mapping of macd-vwap-strategy ({@code tradebot.macdvwap.*}). */
package io.tradebot.strategy.macdvwap.config;
