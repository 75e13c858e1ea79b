package io.tradebot.ibkr.service;

import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.marketdata.TradingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The time range of an intraday bars request, [from, to). Defaults: {@code to} = the clock's now,
 * {@code from} = the start of {@code to}'s New York day. At most {@link #MAX_SPAN} long, about ten
 * trading days of minute bars, so one request never derives or ships an unbounded number of bars.
 */
record IntradayRange(Instant from, Instant to) {

    /** The longest range one intraday request may ask for. */
    static final Duration MAX_SPAN = Duration.ofDays(14);

    static IntradayRange parse(String from, String to, Instant now) {
        Instant end = blank(to) ? now : RequestValues.bound("to", to, true);
        Instant start = blank(from) ? startOfDay(end) : RequestValues.bound("from", from, false);
        if (!start.isBefore(end)) {
            throw ProblemException.badField("from", "from (" + start + ") must be before to (" + end + ")");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw ProblemException.badField("to", "intraday bars are served for at most " + MAX_SPAN.toDays()
                    + " days per request (about 10 trading days); " + start + " to " + end + " spans "
                    + Duration.between(start, end).toDays() + " days");
        }
        return new IntradayRange(start, end);
    }

    private static Instant startOfDay(Instant end) {
        LocalDate date = TradingHours.dateOf(end.minusNanos(1));
        return date.atStartOfDay(TradingHours.ZONE).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
