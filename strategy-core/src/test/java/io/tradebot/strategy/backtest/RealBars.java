package io.tradebot.strategy.backtest;

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

/** The real bars of the test resources: AAPL and AMD daily (09:30-16:00 New York), SPY minutes (UTC bar ends). */
final class RealBars {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private RealBars() {
    }

    static SymbolBars daily(String symbol) {
        List<String> lines = lines("marketdata/" + symbol + "_data.csv");
        List<Bar> bars = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            LocalDate day = LocalDate.parse(c[0]);
            bars.add(bar(day.atTime(LocalTime.of(9, 30)).atZone(NEW_YORK).toInstant(),
                    day.atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant(), c[1], c[2], c[3], c[4], c[5]));
        }
        return new SymbolBars(symbol, bars);
    }

    static SymbolBars spyMinutes() {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");
        List<Bar> bars = new ArrayList<>();
        for (String line : lines("marketdata/nt-spy-minute-2011-03.csv")) {
            String[] c = line.split(";");
            Instant end = LocalDateTime.parse(c[0], stamp).toInstant(ZoneOffset.UTC);
            bars.add(bar(end.minusSeconds(60), end, c[1], c[2], c[3], c[4], c[5]));
        }
        return new SymbolBars("SPY", bars);
    }

    private static Bar bar(Instant start, Instant end, String o, String h, String l, String c, String v) {
        return new Bar(start, end, new BigDecimal(o), new BigDecimal(h), new BigDecimal(l), new BigDecimal(c),
                new BigDecimal(v));
    }

    private static List<String> lines(String resource) {
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
}
