/** Outbound calls: ibkr-client, the only door to the broker, its clock and its market data. */
package io.tradebot.strategy.fundamental.client;
