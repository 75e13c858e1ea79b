package io.tradebot.screener.earnings.client;

import io.tradebot.screener.earnings.calendar.CalendarPageException;
import java.time.LocalDate;
import java.util.Optional;

/** Gives the raw earnings-calendar page for a date. */
public interface CalendarSource {

    /**
     * The body of the page for {@code date}, or empty when the source has no page for that date.
     *
     * @throws CalendarPageException when the page could not be fetched (refused, rate limited, unreachable)
     */
    Optional<String> page(LocalDate date);

    /** What this source is, for logs and run records. */
    String describe();
}
