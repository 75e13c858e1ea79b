package io.tradebot.strategy.indicator;

import java.time.LocalDate;
import java.time.ZoneId;
import org.ta4j.core.BarSeries;

/** Where a trading session starts: the anchor of {@link SessionVwap}. */
@FunctionalInterface
public interface Sessions {

    /**
     * @return whether the bar at {@code index} is the first bar of a session; always true for the series' first bar
     */
    boolean startsSession(BarSeries series, int index);

    /** One session over the whole series: the anchor is its first bar (daily data). */
    static Sessions wholeSeries() {
        return (series, index) -> index <= series.getBeginIndex();
    }

    /** A new session whenever a bar's begin time falls on another calendar day in {@code zone} than the previous bar's. */
    static Sessions byCalendarDay(ZoneId zone) {
        return (series, index) -> index <= series.getBeginIndex() || !day(series, index, zone).equals(day(series, index - 1, zone));
    }

    private static LocalDate day(BarSeries series, int index, ZoneId zone) {
        return series.getBar(index).getBeginTime().atZone(zone).toLocalDate();
    }
}
