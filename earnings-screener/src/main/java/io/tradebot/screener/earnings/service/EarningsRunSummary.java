package io.tradebot.screener.earnings.service;

import io.tradebot.common.watchlist.WatchlistEntryView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one earnings run read and decided.
 *
 * @param from            first calendar date read
 * @param to              last calendar date read
 * @param source          where the pages came from
 * @param datesRead       dates whose page was read
 * @param datesMissing    dates the source had no page for
 * @param events          earnings events written or updated
 * @param classifications how many events got each classification
 * @param entries         the range's EARNINGS watchlist entries after the run, by date, best score first
 */
public record EarningsRunSummary(LocalDate from, LocalDate to, String source, List<LocalDate> datesRead,
        List<LocalDate> datesMissing, int events, Map<String, Integer> classifications, List<WatchlistEntryView> entries) {
}
