package io.tradebot.strategy.fundamental.signal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A NEW fundamental watchlist entry as the strategy sees it.
 *
 * @param id        the watchlist_entry row
 * @param symbol    the stock
 * @param tradeDate the only trading day the entry may be traded on
 * @param score     the screener's score; higher is traded first
 * @param reasons   the screener's reasons JSON
 */
public record WatchlistSignal(long id, String symbol, LocalDate tradeDate, BigDecimal score, String reasons) {
}
