/** Outbound calls: the backend, over plain HTTP, for every proxied {@code /api/**} request. */
package io.tradebot.gateway.client;
