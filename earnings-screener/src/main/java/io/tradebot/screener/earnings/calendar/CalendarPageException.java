package io.tradebot.screener.earnings.calendar;

import java.time.LocalDate;

/** A calendar page that could not be read or does not look as expected: nothing of it may be used. */
public class CalendarPageException extends RuntimeException {

    /** Why a page was refused; the metric's {@code reason} tag. */
    public enum Reason {
        EMPTY_BODY, HTML_BODY, MALFORMED_JSON, MISSING_KEY, WRONG_TYPE, BAD_VALUE, WRONG_DATE, STATUS_ERROR,
        HTTP_403, HTTP_429, HTTP_5XX, HTTP_STATUS, UNREACHABLE, UNREADABLE_FILE;

        /** The tag value: lower case with dashes. */
        public String tag() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private final transient LocalDate date;
    private final Reason reason;

    public CalendarPageException(LocalDate date, Reason reason, String detail) {
        this(date, reason, detail, null);
    }

    public CalendarPageException(LocalDate date, Reason reason, String detail, Throwable cause) {
        super("earnings calendar for " + date + ": " + detail, cause);
        this.date = date;
        this.reason = reason;
    }

    /** The calendar date whose page failed. */
    public LocalDate date() {
        return date;
    }

    /** Why it failed. */
    public Reason reason() {
        return reason;
    }
}
