/** Outbound calls: ibkr-client, the broker gateway, for live account data. */
package io.tradebot.backend.client;
