/** Outbound calls: ibkr-client, the only door to the broker, its clock, market data, positions, account and orders. */
package io.tradebot.strategy.macdvwap.client;
