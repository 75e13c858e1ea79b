package io.tradebot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradebot.strategy.marketdata.csv.BarFile;
import io.tradebot.strategy.marketdata.csv.BarFileException;
import io.tradebot.strategy.marketdata.csv.CsvBar;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bundled Yahoo Finance ETF candles ({@code YahooFinance-XLK-PT1D-20190102_20260710.json}):
 * {@code {"candles":[{"start":"<unix seconds of the session's open>","open":"..","high":"..","low":"..","close":"..",
 * "volume":".."}]}}, every value a decimal string, oldest first. Read as the daily bar file it would be as a CSV (header
 * {@code date,open,high,low,close,volume}, the date being the New York day of {@code start}), so both commands treat it
 * like any daily CSV. A problem names the file and the candle (counted from 1).
 */
final class YahooJsonReader {

    static final String HEADER = "date,open,high,low,close,volume";
    private static final List<String> FIELDS = List.of("open", "high", "low", "close", "volume");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private YahooJsonReader() {
    }

    /** Whether {@code file} is read by this reader: its name ends in {@code .json}. */
    static boolean reads(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    static BarFile read(Path file) throws BarFileException, IOException {
        JsonNode candles = candles(file);
        List<String> lines = new ArrayList<>();
        List<CsvBar> bars = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < candles.size(); i++) {
            JsonNode candle = candles.get(i);
            String where = "candle " + (i + 1);
            LocalDate day = Instant.ofEpochSecond(Long.parseLong(text(file, candle, "start", where, Pattern.compile("\\d{1,12}"))))
                    .atZone(BarSource.NEW_YORK).toLocalDate();
            if (previous != null && !day.isAfter(previous)) {
                throw new BarFileException(file, 0, where + " (" + day + ") is " + (day.equals(previous) ? "a second candle of "
                        + "that day" : "before the candle above it (" + previous + ")") + ": candles must be oldest first, one a day");
            }
            previous = day;
            BigDecimal[] v = new BigDecimal[FIELDS.size()];
            for (int f = 0; f < v.length; f++) {
                v[f] = new BigDecimal(text(file, candle, FIELDS.get(f), where, DECIMAL));
            }
            checkRange(file, where, v);
            lines.add(day + "," + String.join(",", List.of(v).stream().map(BigDecimal::toPlainString).toList()));
            bars.add(new CsvBar(i + 2, day.atStartOfDay(), v[0].doubleValue(), v[1].doubleValue(), v[2].doubleValue(),
                    v[3].doubleValue(), v[4].doubleValue()));
        }
        return new BarFile(file, HEADER, lines, bars, false);
    }

    private static JsonNode candles(Path file) throws BarFileException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BarFileException(file, 0, "no such file");
        } catch (JsonProcessingException e) {
            throw new BarFileException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not JSON: " + e.getOriginalMessage());
        }
        JsonNode candles = root == null ? null : root.get("candles");
        if (candles == null || !candles.isArray() || candles.isEmpty()) {
            throw new BarFileException(file, 0, "expected {\"candles\":[...]} with at least one candle");
        }
        return candles;
    }

    private static String text(Path file, JsonNode candle, String field, String where, Pattern format)
            throws BarFileException {
        JsonNode value = candle.get(field);
        String text = value == null || !value.isValueNode() ? null : value.asText();
        if (text == null || !format.matcher(text).matches()) {
            throw new BarFileException(file, 0, where + ": " + field + " " + (text == null ? "is missing"
                    : "'" + text + "' is not a non-negative decimal"));
        }
        return text;
    }

    /** Prices positive, the high the highest and the low the lowest, as a bar requires. */
    private static void checkRange(Path file, String where, BigDecimal[] v) throws BarFileException {
        BigDecimal open = v[0];
        BigDecimal high = v[1];
        BigDecimal low = v[2];
        BigDecimal close = v[3];
        if (low.signum() <= 0 || high.compareTo(open.max(close).max(low)) < 0 || low.compareTo(open.min(close)) > 0) {
            throw new BarFileException(file, 0, where + ": open " + open.toPlainString() + ", high " + high.toPlainString()
                    + ", low " + low.toPlainString() + ", close " + close.toPlainString()
                    + " is no bar (prices positive, high the highest, low the lowest)");
        }
    }
}
