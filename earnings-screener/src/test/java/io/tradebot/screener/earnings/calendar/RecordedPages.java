package io.tradebot.screener.earnings.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The recorded NASDAQ responses bundled in {@code data/earnings_calendar} (see its README). */
public final class RecordedPages {

    /** The bundled recordings' directory, relative to the module. */
    public static final Path DIR = Path.of("data", "earnings_calendar");
    /** A past date: actual EPS and surprise, 85 rows. */
    public static final LocalDate PAST = LocalDate.parse("2023-11-03");
    /** An upcoming date: last year's report date and EPS, 39 rows. */
    public static final LocalDate UPCOMING = LocalDate.parse("2024-07-01");
    /** Every recorded date. */
    public static final List<LocalDate> ALL = List.of(PAST, UPCOMING);

    private RecordedPages() {
    }

    /** The recorded body for {@code date}. */
    public static String body(LocalDate date) {
        try {
            return Files.readString(DIR.resolve("nasdaq_earnings_" + date + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
