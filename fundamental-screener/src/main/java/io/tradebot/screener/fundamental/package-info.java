/** fundamental-screener: Writes the fundamental watchlist from the day's top gainers (port 8083). */
package io.tradebot.screener.fundamental;
