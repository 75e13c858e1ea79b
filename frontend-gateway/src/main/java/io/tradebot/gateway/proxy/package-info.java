/** The {@code /api/**} proxy: what is forwarded to the backend and what comes back. */
package io.tradebot.gateway.proxy;
