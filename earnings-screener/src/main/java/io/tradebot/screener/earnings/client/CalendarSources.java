package io.tradebot.screener.earnings.client;

import io.tradebot.screener.earnings.config.EarningsScreenerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;

/** Picks the calendar source the configuration names ({@code tradebot.earnings.source}). */
@ApplicationScoped
public class CalendarSources {

    /** The one calendar source of this service. */
    @Produces
    @ApplicationScoped
    CalendarSource calendarSource(EarningsScreenerConfig config) {
        return of(config.source(), config.nasdaq());
    }

    /** The source for {@code spec}: {@code nasdaq} or {@code dir:PATH}. */
    static CalendarSource of(String spec, EarningsScreenerConfig.Nasdaq nasdaq) {
        String value = spec == null ? "" : spec.trim();
        if (value.equals("nasdaq")) {
            return new NasdaqHttpCalendarSource(new NasdaqHttpSettings(nasdaq.url(), nasdaq.userAgent(), nasdaq.pacing(),
                    nasdaq.maxRetries(), nasdaq.backoff(), nasdaq.maxBackoff(), nasdaq.timeout()));
        }
        if (value.startsWith("dir:") && value.length() > 4) {
            return new DirectoryCalendarSource(Path.of(value.substring(4)));
        }
        throw new IllegalStateException("tradebot.earnings.source must be 'nasdaq' or 'dir:PATH', was '" + spec + "'");
    }
}
