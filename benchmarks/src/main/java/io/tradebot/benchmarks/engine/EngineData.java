package io.tradebot.benchmarks.engine;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.marketdata.RegularSession;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' bars: the regular-session minutes of the SPY March 2011 file (NinjaTrader export, UTC bar ends),
 * replicated in memory to {@link #BARS} bars, each copy 52 weeks after the previous one at the same New York wall
 * clock time (so every copy keeps its weekdays and regular session).
 */
public final class EngineData {

    /** Bars per engine run. */
    public static final int BARS = 1_000_000;
    /** The system property naming the SPY minute file. */
    public static final String DATA_PROPERTY = "tradebot.bench.data";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private EngineData() {
    }

    /** The file named by {@value #DATA_PROPERTY}. */
    static Path file() {
        String path = System.getProperty(DATA_PROPERTY);
        if (path == null) {
            throw new IllegalStateException("set -D" + DATA_PROPERTY + "=<the SPY minute file>");
        }
        return Path.of(path);
    }

    /** The file's regular-session bars (09:30-16:00 New York), in time order. */
    static List<Bar> regularSession(Path file) {
        try {
            List<Bar> bars = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(";");
                Instant end = LocalDateTime.parse(c[0], STAMP).toInstant(ZoneOffset.UTC);
                Bar bar = new Bar(end.minusSeconds(60), end, new BigDecimal(c[1]), new BigDecimal(c[2]),
                        new BigDecimal(c[3]), new BigDecimal(c[4]), new BigDecimal(c[5]));
                if (RegularSession.minuteOf(bar.start()) >= 0) {
                    bars.add(bar);
                }
            }
            return bars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code base} repeated, 52 weeks apart at the same New York wall clock time, cut to {@code count} bars. */
    static List<Bar> replicated(List<Bar> base, int count) {
        List<Bar> bars = new ArrayList<>(count);
        for (int copy = 0; bars.size() < count; copy++) {
            for (int i = 0; i < base.size() && bars.size() < count; i++) {
                Bar bar = base.get(i);
                Instant start = bar.start().atZone(RegularSession.ZONE).plusWeeks(52L * copy).toInstant();
                bars.add(new Bar(start, start.plusSeconds(60), bar.open(), bar.high(), bar.low(), bar.close(),
                        bar.volume()));
            }
        }
        return bars;
    }

    /** The {@link #BARS} benchmark bars. */
    static List<Bar> benchmarkBars() {
        return replicated(regularSession(file()), BARS);
    }

    /** Writes {@code bars} as {@code date,open,high,low,close,volume} (New York bar start), the Node script's input. */
    static void writeCsv(List<Bar> bars, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("date,open,high,low,close,volume\n");
            for (Bar bar : bars) {
                w.write(CSV_DATE.format(bar.start().atZone(RegularSession.ZONE)) + "," + bar.open().toPlainString()
                        + "," + bar.high().toPlainString() + "," + bar.low().toPlainString() + ","
                        + bar.close().toPlainString() + "," + bar.volume().toPlainString() + "\n");
            }
        }
    }
}
