package io.tradebot.strategy.marketdata.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a bar file: a header naming at least {@code date,open,high,low,close,volume} (any order, any case, extra
 * columns allowed), then one row per bar in strictly ascending date order, or strictly descending throughout (newest
 * first, as Yahoo Finance exports; such a file is returned oldest first), all dates either {@code yyyy-MM-dd} or
 * {@code yyyy-MM-dd HH:mm[:ss]}. Blank lines are skipped. The first problem found is thrown with its line.
 */
public final class BarFileReader {

    static final List<String> REQUIRED = List.of("date", "open", "high", "low", "close", "volume");

    private BarFileReader() {
    }

    /**
     * @throws BarFileException the file is missing, unreadable as UTF-8 text, empty or malformed
     * @throws IOException      reading failed for another reason
     */
    public static BarFile read(Path path) throws BarFileException, IOException {
        List<String> lines = readLines(path);
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new BarFileException(path, 1, "the file is empty; expected a header line " + String.join(",", REQUIRED));
        }
        String header = lines.getFirst();
        List<String> headerCells = CsvLine.cells(header);
        if (headerCells == null) {
            throw new BarFileException(path, 1, "unclosed quote in the header");
        }
        RowParser parser = new RowParser(path, columns(path, header, headerCells), headerCells.size());
        List<String> kept = new ArrayList<>();
        List<CsvBar> bars = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            bars.add(parser.parse(lines.get(i), i + 1));
            kept.add(lines.get(i));
        }
        if (bars.isEmpty()) {
            throw new BarFileException(path, 1, "the file has a header but no data rows");
        }
        if (parser.descending()) { // a newest-first file is read oldest first
            Collections.reverse(kept);
            Collections.reverse(bars);
        }
        return new BarFile(path, lines.getFirst(), kept, bars, parser.intraday());
    }

    static List<String> readLines(Path path) throws BarFileException, IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        } catch (NoSuchFileException e) {
            throw new BarFileException(path, 0, "no such file");
        } catch (CharacterCodingException e) {
            throw new BarFileException(path, lines.size() + 1, "not UTF-8 text");
        }
        return lines;
    }

    private static Map<String, Integer> columns(Path path, String line, List<String> cells) throws BarFileException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).trim().toLowerCase(Locale.ROOT);
            if (REQUIRED.contains(name) && columns.putIfAbsent(name, i) != null) {
                throw new BarFileException(path, 1, "column '" + name + "' appears twice in the header");
            }
        }
        List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new BarFileException(path, 1, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (the header must name " + String.join(",", REQUIRED)
                    + "; it was: " + line + ")");
        }
        return columns;
    }
}
