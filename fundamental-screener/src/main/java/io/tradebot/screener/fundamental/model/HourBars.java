package io.tradebot.screener.fundamental.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Intraday bars (1 or 5 minutes, or any size that divides an hour) grouped into hours of the regular
 * session counted from the open: 09:30–10:30, 10:30–11:30, …, 14:30–15:30 and the last half hour
 * 15:30–16:00 (New York). An hour's close is the close of its last bar; hours without bars are absent.
 */
public final class HourBars {

    /** The zone the regular session is defined in. */
    public static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    private HourBars() {
    }

    /** One close per hour from {@code bars} in ascending start order; bars outside 09:30–16:00 are left out. */
    public static List<TimedClose> of(List<TimedClose> bars) {
        List<TimedClose> hours = new ArrayList<>();
        Instant currentHour = null;
        double lastClose = 0;
        for (TimedClose bar : bars) {
            Instant hour = hourOf(bar.start());
            if (hour == null) {
                continue;
            }
            if (currentHour != null && !hour.equals(currentHour)) {
                hours.add(new TimedClose(currentHour, lastClose));
            }
            currentHour = hour;
            lastClose = bar.close();
        }
        if (currentHour != null) {
            hours.add(new TimedClose(currentHour, lastClose));
        }
        return hours;
    }

    /** The start of the session hour {@code start} falls in, or null outside the regular session. */
    static Instant hourOf(Instant start) {
        ZonedDateTime local = start.atZone(MARKET_ZONE);
        LocalTime time = local.toLocalTime();
        if (time.isBefore(OPEN) || !time.isBefore(CLOSE)) {
            return null;
        }
        long minutes = Duration.between(OPEN, time).toMinutes();
        return local.with(OPEN).plusMinutes(minutes / 60 * 60).toInstant();
    }
}
