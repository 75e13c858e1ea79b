/** macd-vwap-strategy: Intraday MACD + VWAP entries on the watchlists (port 8086). In the walking skeleton it starts, migrates and reports healthy. */
package io.tradebot.strategy.macdvwap;
