package io.tradebot.strategy.marketdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The US equities regular session, 09:30–16:00 New York time: 390 one-minute bars. */
public final class RegularSession {

    /** The exchange's time zone. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** Opening time. */
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    /** Closing time. */
    public static final LocalTime CLOSE = LocalTime.of(16, 0);
    /** Number of one-minute bars in a full session. */
    public static final int MINUTES = 390;

    private RegularSession() {
    }

    /** When the session of {@code date} opens. */
    public static Instant open(LocalDate date) {
        return date.atTime(OPEN).atZone(ZONE).toInstant();
    }

    /** Start of minute {@code index} (0..389) of the session of {@code date}. */
    public static Instant minuteStart(LocalDate date, int index) {
        return open(date).plus(index, ChronoUnit.MINUTES);
    }

    /**
     * The minute of the session (0..389) in which {@code instant} falls, or -1 when it falls outside
     * the regular session of its New York date.
     */
    public static int minuteOf(Instant instant) {
        LocalDate date = instant.atZone(ZONE).toLocalDate();
        long minutes = ChronoUnit.MINUTES.between(open(date), instant);
        boolean inside = !instant.isBefore(open(date)) && minutes < MINUTES;
        return inside ? (int) minutes : -1;
    }
}
