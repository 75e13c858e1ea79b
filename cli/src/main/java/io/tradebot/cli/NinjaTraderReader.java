package io.tradebot.cli;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.marketdata.csv.BarFile;
import io.tradebot.strategy.marketdata.csv.BarFileException;
import io.tradebot.strategy.marketdata.csv.CsvBar;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the bundled NinjaTrader minute export ({@code nt-spy-minute-2011-03.csv}): no header, lines
 * {@code yyyyMMdd HHmmss;open;high;low;close;volume}, each stamp the UTC END of a one-minute bar.
 */
final class NinjaTraderReader {

    /** How a NinjaTrader line starts; used to recognise the format from a file's first line. */
    static final Pattern LINE_START = Pattern.compile("^\\d{8} \\d{6};.*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final DateTimeFormatter NEW_YORK_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final String[] COLUMNS = {"open", "high", "low", "close", "volume"};

    private NinjaTraderReader() {
    }

    static List<Bar> read(Path path) throws BarFileException, IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<Bar> bars = new ArrayList<>();
        Instant previous = null;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            String[] cells = lines.get(i).split(";", -1);
            if (cells.length != 6) {
                throw new BarFileException(path, lineNumber, "has " + cells.length
                        + " cells; a NinjaTrader line is yyyyMMdd HHmmss;open;high;low;close;volume");
            }
            Instant end = stamp(path, lineNumber, cells[0].trim());
            if (previous != null && !end.isAfter(previous)) {
                throw new BarFileException(path, lineNumber, (end.equals(previous) ? "duplicate time '" : "time '")
                        + cells[0].trim() + (end.equals(previous) ? "'" : "' is before the line above it")
                        + ": rows must be in ascending time order");
            }
            previous = end;
            BigDecimal[] values = new BigDecimal[5];
            for (int c = 0; c < 5; c++) {
                values[c] = number(path, lineNumber, COLUMNS[c], cells[c + 1].trim());
            }
            bars.add(BarSource.bar(path, lineNumber, end.minusSeconds(60), end, values));
        }
        if (bars.isEmpty()) {
            throw new BarFileException(path, 1, "the file is empty");
        }
        return bars;
    }

    /**
     * The file as the bar file {@code indicators} reads: header {@code date,open,high,low,close,volume}, one row per
     * minute, dated by the bar's start in New York time ({@code yyyy-MM-dd HH:mm:ss}), pre- and post-market included.
     *
     * @throws BarFileException also when two bars would start at the same New York time (a clock change)
     */
    static BarFile asBarFile(Path path) throws BarFileException, IOException {
        List<Bar> bars = read(path);
        List<String> lines = new ArrayList<>(bars.size());
        List<CsvBar> rows = new ArrayList<>(bars.size());
        LocalDateTime previous = null;
        for (Bar bar : bars) {
            LocalDateTime start = LocalDateTime.ofInstant(bar.start(), BarSource.NEW_YORK);
            if (previous != null && !start.isAfter(previous)) {
                throw new BarFileException(path, 0, "the bar ending " + bar.end() + " starts at " + start
                        + " New York time, not after the bar before it (a clock change)");
            }
            previous = start;
            lines.add(NEW_YORK_TIME.format(start) + "," + bar.open().toPlainString() + "," + bar.high().toPlainString() + ","
                    + bar.low().toPlainString() + "," + bar.close().toPlainString() + "," + bar.volume().toPlainString());
            rows.add(new CsvBar(rows.size() + 2, start, bar.open().doubleValue(), bar.high().doubleValue(),
                    bar.low().doubleValue(), bar.close().doubleValue(), bar.volume().doubleValue()));
        }
        return new BarFile(path, YahooJsonReader.HEADER, lines, rows, true);
    }

    private static Instant stamp(Path path, int line, String cell) throws BarFileException {
        try {
            return LocalDateTime.parse(cell, STAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BarFileException(path, line, "time '" + cell + "' is not yyyyMMdd HHmmss");
        }
    }

    private static BigDecimal number(Path path, int line, String column, String cell) throws BarFileException {
        if (!NUMBER.matcher(cell).matches()) {
            throw new BarFileException(path, line, column + " '" + cell + "' is not a number");
        }
        return new BigDecimal(cell);
    }
}
