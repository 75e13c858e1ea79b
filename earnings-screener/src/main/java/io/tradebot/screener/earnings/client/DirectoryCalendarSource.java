package io.tradebot.screener.earnings.client;

import io.quarkus.logging.Log;
import io.tradebot.screener.earnings.calendar.CalendarPageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Recorded responses in a directory, one file per date: {@code nasdaq_earnings_YYYY-MM-DD.json}. */
public final class DirectoryCalendarSource implements CalendarSource {

    private final Path directory;

    public DirectoryCalendarSource(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The file that holds the page for {@code date}. */
    public static String fileName(LocalDate date) {
        return "nasdaq_earnings_" + date + ".json";
    }

    @Override
    public Optional<String> page(LocalDate date) {
        Path file = directory.resolve(fileName(date));
        if (!Files.isRegularFile(file)) {
            Log.infof("No recorded earnings calendar for %s (%s does not exist): no data for that date", date, file);
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CalendarPageException(date, CalendarPageException.Reason.UNREADABLE_FILE,
                    "could not read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "dir:" + directory;
    }
}
