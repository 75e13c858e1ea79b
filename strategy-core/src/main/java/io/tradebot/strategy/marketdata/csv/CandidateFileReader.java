package io.tradebot.strategy.marketdata.csv;

import io.tradebot.strategy.backtest.Watchlist;
import io.tradebot.strategy.signal.Candidate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a watchlist candidates file: a header naming {@code date,symbol} and optionally {@code score} (any order, any
 * case, other columns ignored), then one row per candidate: the trading day {@code yyyy-MM-dd} it is for, the symbol
 * (upper-cased) and its score (0 without the column). Rows may come in any order; blank lines are skipped. The first
 * problem found is thrown with its line, so a backtest never runs on half a watchlist.
 */
public final class CandidateFileReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,14}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private CandidateFileReader() {
    }

    /**
     * @throws BarFileException the file is missing, not UTF-8 text, empty, without data rows or malformed
     * @throws IOException      reading failed for another reason
     */
    public static List<Watchlist.Entry> read(Path path) throws BarFileException, IOException {
        List<String> lines = BarFileReader.readLines(path);
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new BarFileException(path, 1, "the file is empty; expected a header line date,symbol[,score]");
        }
        List<String> header = CsvLine.cells(lines.getFirst());
        Map<String, Integer> columns = columns(path, header);
        Map<String, Integer> seen = new HashMap<>();
        List<Watchlist.Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int line = i + 1;
            List<String> cells = CsvLine.cells(lines.get(i));
            if (cells == null || cells.size() != header.size()) {
                throw new BarFileException(path, line, cells == null ? "unclosed quote"
                        : "has " + cells.size() + " cells, the header has " + header.size());
            }
            Watchlist.Entry entry = entry(path, line, cells, columns);
            Integer earlier = seen.putIfAbsent(entry.symbol() + " " + entry.candidate().tradeDate(), line);
            if (earlier != null) {
                throw new BarFileException(path, line, "duplicate candidate " + entry.symbol() + " on "
                        + entry.candidate().tradeDate() + " (also on line " + earlier + ")");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new BarFileException(path, 1, "the file has a header but no candidates");
        }
        return entries;
    }

    private static Map<String, Integer> columns(Path path, List<String> header) throws BarFileException {
        if (header == null) {
            throw new BarFileException(path, 1, "unclosed quote in the header");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (List.of("date", "symbol", "score").contains(name) && columns.putIfAbsent(name, i) != null) {
                throw new BarFileException(path, 1, "column '" + name + "' appears twice in the header");
            }
        }
        if (!columns.containsKey("date") || !columns.containsKey("symbol")) {
            throw new BarFileException(path, 1, "the header must name date,symbol (and may name score); it was: "
                    + String.join(",", header));
        }
        return columns;
    }

    private static Watchlist.Entry entry(Path path, int line, List<String> cells, Map<String, Integer> columns)
            throws BarFileException {
        String date = cells.get(columns.get("date")).trim();
        LocalDate day;
        try {
            day = LocalDate.parse(date, DAY);
        } catch (DateTimeParseException e) {
            throw new BarFileException(path, line, "date '" + date + "' is not a date yyyy-MM-dd");
        }
        String symbol = cells.get(columns.get("symbol")).trim().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new BarFileException(path, line, "symbol '" + symbol + "' is not 1-15 letters, digits, '.' or '-'");
        }
        BigDecimal score = BigDecimal.ZERO;
        if (columns.containsKey("score")) {
            String cell = cells.get(columns.get("score")).trim();
            if (!NUMBER.matcher(cell).matches()) {
                throw new BarFileException(path, line, "score '" + cell + "' is not a number");
            }
            score = new BigDecimal(cell);
        }
        return new Watchlist.Entry(symbol, new Candidate(day, score));
    }
}
