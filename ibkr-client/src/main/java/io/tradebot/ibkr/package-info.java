/** ibkr-client: The only door to the broker (port 8082): orders, fills, positions, account, market data, scanner, clock. */
package io.tradebot.ibkr;
