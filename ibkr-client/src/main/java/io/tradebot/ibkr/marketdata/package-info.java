/** Recorded market history: daily bars per symbol and the trading calendar they imply. */
package io.tradebot.ibkr.marketdata;
