package io.tradebot.backend.service;

import io.tradebot.backend.repository.WatchlistRepository;
import io.tradebot.backend.watchlist.WatchlistEntryRecord;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.common.watchlist.WatchlistEntryView;
import io.tradebot.common.watchlist.WatchlistSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Watchlist entries for the UI, newest trading day first, with the query parameters checked. */
@ApplicationScoped
public class WatchlistQueryService {

    public static final int LIMIT = 200;

    private final WatchlistRepository watchlists;

    public WatchlistQueryService(WatchlistRepository watchlists) {
        this.watchlists = watchlists;
    }

    /** Entries of one trading day ({@code yyyy-MM-dd}) and one source when given. */
    public List<WatchlistEntryView> entries(String date, String source) {
        return watchlists.newest(parseDate(date), parseSource(source), LIMIT).stream()
                .map(WatchlistEntryRecord::toView).toList();
    }

    private static Optional<LocalDate> parseDate(String date) {
        String value = blankToNull(date);
        try {
            return Optional.ofNullable(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("date", "Field 'date' must be a date as yyyy-MM-dd");
        }
    }

    private static Optional<WatchlistSource> parseSource(String source) {
        String value = blankToNull(source);
        try {
            return Optional.ofNullable(value).map(s -> WatchlistSource.valueOf(s.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("source", "Field 'source' must be one of "
                    + List.of(WatchlistSource.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
