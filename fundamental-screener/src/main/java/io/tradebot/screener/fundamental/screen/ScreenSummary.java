package io.tradebot.screener.fundamental.screen;

import io.tradebot.common.watchlist.WatchlistEntryView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a screen for one trading day found.
 *
 * @param tradeDate  the trading day the watchlist is for
 * @param candidates how many top gainers the screen scanned
 * @param passed     how many became watchlist entries
 * @param stages     how many passed each stage and why the others were dropped; null for a run without stages
 * @param entries    the watchlist entries, best first
 */
public record ScreenSummary(LocalDate tradeDate, int candidates, int passed, Map<String, Object> stages,
        List<WatchlistEntryView> entries) {
}
