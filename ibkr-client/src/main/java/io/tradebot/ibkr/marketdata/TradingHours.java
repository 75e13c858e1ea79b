package io.tradebot.ibkr.marketdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** US equities trading hours in New York time: pre-market from 09:00, regular 09:30–16:00, post-market to 16:30. */
public final class TradingHours {

    /** The exchange's time zone. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** Start of the replayed pre-market. */
    public static final LocalTime PRE_OPEN = LocalTime.of(9, 0);
    /** The regular session's opening. */
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    /** The regular session's close. */
    public static final LocalTime CLOSE = LocalTime.of(16, 0);
    /** End of the replayed post-market. */
    public static final LocalTime POST_CLOSE = LocalTime.of(16, 30);

    private TradingHours() {
    }

    /** The instant of {@code time} New York time on {@code date}. */
    public static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    /** When the regular session of {@code date} opens. */
    public static Instant open(LocalDate date) {
        return at(date, OPEN);
    }

    /** When the regular session of {@code date} closes. */
    public static Instant close(LocalDate date) {
        return at(date, CLOSE);
    }

    /** The New York calendar date of {@code instant}. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
