package io.tradebot.strategy.signal;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.marketdata.RegularSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;

/**
 * One symbol's bars so far, in time order: as given (exact prices) and as a ta4j series of {@code DoubleNum} for the
 * indicators. Index {@code i} is the same bar in both.
 */
final class BarHistory {

    private final String symbol;
    private final BarSeries series;
    private final List<Bar> bars = new ArrayList<>();

    BarHistory(String symbol) {
        this.symbol = symbol;
        this.series = new BaseBarSeriesBuilder().withName(symbol).withNumFactory(DoubleNumFactory.getInstance()).build();
    }

    /** Appends the next bar; refuses one that does not start after the last one. */
    void append(Bar bar) {
        if (!bars.isEmpty() && !bar.start().isAfter(last().start())) {
            throw new IllegalArgumentException("bars of " + symbol + " must come in time order: " + bar.start()
                    + " does not follow " + last().start());
        }
        bars.add(bar);
        series.barBuilder().timePeriod(Duration.between(bar.start(), bar.end())).endTime(bar.end())
                .openPrice(bar.open().doubleValue()).highPrice(bar.high().doubleValue())
                .lowPrice(bar.low().doubleValue()).closePrice(bar.close().doubleValue())
                .volume(bar.volume().doubleValue()).add();
    }

    BarSeries series() {
        return series;
    }

    int lastIndex() {
        return bars.size() - 1;
    }

    Bar bar(int index) {
        return bars.get(index);
    }

    Bar last() {
        return bars.get(bars.size() - 1);
    }

    /** An indicator's value at {@code index} as a double, NaN where it is undefined or the index is before the series. */
    static double value(Indicator<Num> indicator, int index) {
        if (index < 0) {
            return Double.NaN;
        }
        Num value = indicator.getValue(index);
        return value.isNaN() ? Double.NaN : value.doubleValue();
    }

    /**
     * The New York trading day of a bar: the date at its midpoint, so that a daily bar stamped at midnight UTC or at
     * midnight New York and a minute bar of the session all fall on the day they belong to.
     */
    static LocalDate tradingDate(Bar bar) {
        Instant middle = bar.start().plus(Duration.between(bar.start(), bar.end()).dividedBy(2));
        return middle.atZone(RegularSession.ZONE).toLocalDate();
    }
}
