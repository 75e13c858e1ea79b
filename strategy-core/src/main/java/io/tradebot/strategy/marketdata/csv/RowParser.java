package io.tradebot.strategy.marketdata.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses and checks data rows one after another: cell count, date format and order, and each number. */
final class RowParser {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Plain decimal notation with an optional exponent; no NaN, Infinity, hex or type suffixes. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Path path;
    private final Map<String, Integer> columns;
    private final int cellCount;
    private Boolean intraday;
    private LocalDateTime previous;
    private int previousLine;
    /** Set by the first two rows: whether the file lists its newest row first. */
    private Boolean descending;

    /** @param columns index of each required column; {@code cellCount} the header's number of cells */
    RowParser(Path path, Map<String, Integer> columns, int cellCount) {
        this.path = path;
        this.columns = Map.copyOf(columns);
        this.cellCount = cellCount;
    }

    boolean intraday() {
        return Boolean.TRUE.equals(intraday);
    }

    /** True when every row so far was older than the one above it (a newest-first file, as Yahoo exports them). */
    boolean descending() {
        return Boolean.TRUE.equals(descending);
    }

    CsvBar parse(String line, int lineNumber) throws BarFileException {
        List<String> cells = CsvLine.cells(line);
        if (cells == null) {
            throw new BarFileException(path, lineNumber, "unclosed quote");
        }
        if (cells.size() != cellCount) {
            throw new BarFileException(path, lineNumber, "has " + cells.size() + " cells, the header has " + cellCount);
        }
        LocalDateTime time = time(cells.get(columns.get("date")).trim(), lineNumber);
        double open = price(cells, "open", lineNumber);
        double high = price(cells, "high", lineNumber);
        double low = price(cells, "low", lineNumber);
        double close = price(cells, "close", lineNumber);
        double volume = number(cells, "volume", lineNumber);
        if (volume < 0) {
            throw new BarFileException(path, lineNumber, "volume " + volume + " is negative");
        }
        if (high < low) {
            throw new BarFileException(path, lineNumber, "high " + high + " is below low " + low);
        }
        return new CsvBar(lineNumber, time, open, high, low, close, volume);
    }

    private LocalDateTime time(String cell, int lineNumber) throws BarFileException {
        LocalDateTime time = parseTime(cell, lineNumber);
        boolean hasTime = cell.length() > 10;
        if (intraday == null) {
            intraday = hasTime;
        } else if (intraday != hasTime) {
            throw new BarFileException(path, lineNumber, "date '" + cell + "' " + (hasTime ? "has" : "has no")
                    + " time of day, unlike the rows before it");
        }
        if (previous != null) {
            if (time.equals(previous)) {
                throw new BarFileException(path, lineNumber, "duplicate date '" + cell + "' (also on line " + previousLine + ")");
            }
            boolean down = time.isBefore(previous);
            if (descending == null) {
                descending = down;
            } else if (down != descending) {
                throw new BarFileException(path, lineNumber, "date '" + cell + "' is " + (down ? "before" : "after")
                        + " the date on line " + previousLine + (descending
                                ? ", but the rows above it are newest first: rows must be in one date order throughout"
                                : ": rows must be in ascending date order (or newest first throughout)"));
            }
        }
        previous = time;
        previousLine = lineNumber;
        return time;
    }

    private LocalDateTime parseTime(String cell, int lineNumber) throws BarFileException {
        try {
            return switch (cell.length()) {
                case 10 -> LocalDate.parse(cell, DAY).atStartOfDay();
                case 16 -> LocalDateTime.parse(cell, MINUTE);
                case 19 -> LocalDateTime.parse(cell, SECOND);
                default -> throw new DateTimeParseException("length", cell, 0);
            };
        } catch (DateTimeParseException e) {
            throw new BarFileException(path, lineNumber,
                    "date '" + cell + "' is not a date yyyy-MM-dd or yyyy-MM-dd HH:mm[:ss]");
        }
    }

    private double price(List<String> cells, String column, int lineNumber) throws BarFileException {
        double value = number(cells, column, lineNumber);
        if (value <= 0) {
            throw new BarFileException(path, lineNumber, column + " " + value + " is not a positive price");
        }
        return value;
    }

    private double number(List<String> cells, String column, int lineNumber) throws BarFileException {
        String cell = cells.get(columns.get(column)).trim();
        if (cell.isEmpty()) {
            throw new BarFileException(path, lineNumber, column + " is empty");
        }
        if (!NUMBER.matcher(cell).matches()) {
            throw new BarFileException(path, lineNumber, column + " '" + cell + "' is not a number");
        }
        double value = Double.parseDouble(cell);
        if (!Double.isFinite(value)) {
            throw new BarFileException(path, lineNumber, column + " '" + cell + "' is out of range");
        }
        return value;
    }
}
