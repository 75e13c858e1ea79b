package io.tradebot.strategy.signal;

import io.tradebot.strategy.fill.Bar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Real bars from the test resources, as the strategies take them and as plain arrays for the reference loops. */
record TestBars(String symbol, List<Bar> bars, double[] open, double[] high, double[] low, double[] close,
        double[] volume) {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    int size() {
        return bars.size();
    }

    LocalDate date(int i) {
        return bars.get(i).start().atZone(NEW_YORK).toLocalDate();
    }

    /** AAPL_data.csv / AMD_data.csv: each day a bar from midnight to midnight New York time. */
    static TestBars daily(String symbol) {
        List<String> lines = lines("marketdata/" + symbol + "_data.csv");
        List<Bar> bars = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            LocalDate day = LocalDate.parse(cells[0]);
            bars.add(bar(day.atStartOfDay(NEW_YORK).toInstant(), day.plusDays(1).atStartOfDay(NEW_YORK).toInstant(),
                    cells[1], cells[2], cells[3], cells[4], cells[5]));
        }
        return of(symbol, bars);
    }

    /** The SPY minute file: its stamps are UTC bar ends; all bars, pre- and post-market included. */
    static TestBars spyMinutes() {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");
        List<Bar> bars = new ArrayList<>();
        for (String line : lines("marketdata/nt-spy-minute-2011-03.csv")) {
            String[] cells = line.split(";");
            Instant end = LocalDateTime.parse(cells[0], stamp).toInstant(ZoneOffset.UTC);
            bars.add(bar(end.minusSeconds(60), end, cells[1], cells[2], cells[3], cells[4], cells[5]));
        }
        return of("SPY", bars);
    }

    /** Only the bars starting in 09:30-16:00 New York time. */
    TestBars regularSession() {
        List<Bar> kept = bars.stream().filter(bar -> {
            LocalTime local = bar.start().atZone(NEW_YORK).toLocalTime();
            return !local.isBefore(LocalTime.of(9, 30)) && local.isBefore(LocalTime.of(16, 0));
        }).toList();
        return of(symbol, kept);
    }

    /** The first {@code n} bars. */
    TestBars first(int n) {
        return of(symbol, bars.subList(0, n));
    }

    private static Bar bar(Instant start, Instant end, String open, String high, String low, String close,
            String volume) {
        return new Bar(start, end, new BigDecimal(open), new BigDecimal(high), new BigDecimal(low),
                new BigDecimal(close), new BigDecimal(volume));
    }

    private static TestBars of(String symbol, List<Bar> bars) {
        int n = bars.size();
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            o[i] = Double.parseDouble(bar.open().toString());
            h[i] = Double.parseDouble(bar.high().toString());
            l[i] = Double.parseDouble(bar.low().toString());
            c[i] = Double.parseDouble(bar.close().toString());
            v[i] = Double.parseDouble(bar.volume().toString());
        }
        return new TestBars(symbol, List.copyOf(bars), o, h, l, c, v);
    }

    private static List<String> lines(String resource) {
        InputStream in = TestBars.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
