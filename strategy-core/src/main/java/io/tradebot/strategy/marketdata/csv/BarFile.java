package io.tradebot.strategy.marketdata.csv;

import io.tradebot.strategy.indicator.Sessions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/**
 * A bar file read whole: its header and data lines as written (to copy to an output), and the parsed bars.
 * {@code intraday} is true when its dates carry a time of day.
 */
public record BarFile(Path path, String header, List<String> lines, List<CsvBar> bars, boolean intraday) {

    public BarFile {
        lines = List.copyOf(lines);
        bars = List.copyOf(bars);
        if (lines.size() != bars.size() || bars.isEmpty()) {
            throw new IllegalArgumentException("a bar file has one parsed bar per data line, and at least one");
        }
    }

    /**
     * The bars as a ta4j series of {@code DoubleNum}. Times are wall-clock times without a zone; they are placed on
     * UTC so that each bar's calendar day is the day written in the file. A bar lasts a day (daily) or the
     * smallest gap between two rows (intraday; a minute for a single row).
     */
    public BarSeries toSeries() {
        Duration period = intraday ? smallestGap() : Duration.ofDays(1);
        BarSeries series = new BaseBarSeriesBuilder().withName(path.getFileName().toString())
                .withNumFactory(DoubleNumFactory.getInstance()).build();
        for (CsvBar bar : bars) {
            series.barBuilder().timePeriod(period).endTime(bar.time().toInstant(ZoneOffset.UTC).plus(period))
                    .openPrice(bar.open()).highPrice(bar.high()).lowPrice(bar.low()).closePrice(bar.close())
                    .volume(bar.volume()).add();
        }
        return series;
    }

    /** VWAP sessions: the whole file for daily data, each calendar day as written for intraday data. */
    public Sessions sessions() {
        return intraday ? Sessions.byCalendarDay(ZoneOffset.UTC) : Sessions.wholeSeries();
    }

    private Duration smallestGap() {
        Duration smallest = Duration.ofMinutes(1);
        for (int i = 1; i < bars.size(); i++) {
            Duration gap = Duration.between(bars.get(i - 1).time(), bars.get(i).time());
            if (i == 1 || gap.compareTo(smallest) < 0) {
                smallest = gap;
            }
        }
        return smallest;
    }
}
