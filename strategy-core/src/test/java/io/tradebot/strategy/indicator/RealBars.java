package io.tradebot.strategy.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/** Real bars from the test resources, both as plain arrays (for the textbook loops) and as a ta4j series. */
record RealBars(String name, BarSeries series, double[] open, double[] high, double[] low, double[] close,
        double[] volume, boolean[] sessionStarts) {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    int size() {
        return close.length;
    }

    @Override
    public String toString() {
        return name + " (" + close.length + " bars)";
    }

    /** A daily file ({@code date,open,high,low,close,volume,...}): one VWAP session over the whole file. */
    static RealBars daily(String resource) {
        List<String> lines = lines(resource);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            Instant begin = LocalDate.parse(cells[0]).atStartOfDay(ZoneOffset.UTC).toInstant();
            rows.add(new Row(begin, Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                    Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), Double.parseDouble(cells[5])));
        }
        boolean[] starts = new boolean[rows.size()];
        starts[0] = true;
        return of(resource, rows, Duration.ofDays(1), starts);
    }

    /**
     * The SPY minute file's regular-session bars (09:30-16:00 New York; its stamps are UTC bar ends), each New York
     * day a VWAP session.
     */
    static RealBars spyRegularSessionMinutes() {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");
        List<Row> rows = new ArrayList<>();
        for (String line : lines("marketdata/nt-spy-minute-2011-03.csv")) {
            String[] cells = line.split(";");
            Instant begin = LocalDateTime.parse(cells[0], stamp).toInstant(ZoneOffset.UTC).minusSeconds(60);
            LocalTime local = begin.atZone(NEW_YORK).toLocalTime();
            if (local.isBefore(LocalTime.of(9, 30)) || !local.isBefore(LocalTime.of(16, 0))) {
                continue;
            }
            rows.add(new Row(begin, Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                    Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), Double.parseDouble(cells[5])));
        }
        boolean[] starts = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = i == 0 || !day(rows.get(i)).equals(day(rows.get(i - 1)));
        }
        return of("SPY minutes", rows, Duration.ofMinutes(1), starts);
    }

    private static LocalDate day(Row row) {
        return row.begin.atZone(NEW_YORK).toLocalDate();
    }

    private static RealBars of(String name, List<Row> rows, Duration period, boolean[] starts) {
        BarSeries series = new BaseBarSeriesBuilder().withName(name).withNumFactory(DoubleNumFactory.getInstance())
                .build();
        int n = rows.size();
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            o[i] = row.open;
            h[i] = row.high;
            l[i] = row.low;
            c[i] = row.close;
            v[i] = row.volume;
            series.barBuilder().timePeriod(period).endTime(row.begin.plus(period)).openPrice(row.open)
                    .highPrice(row.high).lowPrice(row.low).closePrice(row.close).volume(row.volume).add();
        }
        return new RealBars(name, series, o, h, l, c, v, starts);
    }

    static List<String> lines(String resource) {
        InputStream in = RealBars.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Row(Instant begin, double open, double high, double low, double close, double volume) {
    }
}
