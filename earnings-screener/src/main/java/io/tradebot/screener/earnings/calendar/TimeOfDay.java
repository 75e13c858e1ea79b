package io.tradebot.screener.earnings.calendar;

/** When in the day a company reports, as NASDAQ's {@code time} field says. */
public enum TimeOfDay {
    /** {@code time-pre-market}: before the regular session opens. */
    PRE_MARKET("time-pre-market"),
    /** {@code time-after-hours}: after the regular session closes. */
    AFTER_HOURS("time-after-hours"),
    /** {@code time-not-supplied} (or an empty value): NASDAQ does not know. */
    NOT_SUPPLIED("time-not-supplied");

    private final String nasdaqValue;

    TimeOfDay(String nasdaqValue) {
        this.nasdaqValue = nasdaqValue;
    }

    /** The value NASDAQ writes for this time. */
    public String nasdaqValue() {
        return nasdaqValue;
    }

    /** The time for NASDAQ's value; empty means not supplied; anything else is refused. */
    public static TimeOfDay fromNasdaq(String value) {
        if (value == null || value.isBlank()) {
            return NOT_SUPPLIED;
        }
        for (TimeOfDay time : values()) {
            if (time.nasdaqValue.equals(value.trim())) {
                return time;
            }
        }
        throw new IllegalArgumentException("unknown time '" + value + "'");
    }
}
