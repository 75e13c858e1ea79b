package io.tradebot.screener.fundamental.screen;

import io.tradebot.common.watchlist.WatchlistEntryView;
import java.time.LocalDate;
import java.util.List;

/**
 * What a screen for one trading day found.
 *
 * @param tradeDate  the trading day the watchlist is for
 * @param candidates how many top gainers the screen scanned
 * @param passed     how many became watchlist entries
 * @param entries    the watchlist entries, best first
 */
public record ScreenSummary(LocalDate tradeDate, int candidates, int passed, List<WatchlistEntryView> entries) {
}
