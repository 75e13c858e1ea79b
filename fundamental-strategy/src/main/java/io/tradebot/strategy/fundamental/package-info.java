/** fundamental-strategy: Long-only entries from the fundamental watchlist (port 8085). */
package io.tradebot.strategy.fundamental;
