/** Outbound calls: ibkr-client, the only door to the broker and its market data. */
package io.tradebot.screener.fundamental.client;
