package io.tradebot.common.watchlist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A screener's candidate for a trading day, with the numbers behind it as JSON in {@code reasons}. */
public record WatchlistEntryView(long id, WatchlistSource source, String symbol, LocalDate tradeDate, BigDecimal score,
        String reasons, WatchlistStatus status, Instant createdAt) {
}
