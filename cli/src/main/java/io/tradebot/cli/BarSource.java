package io.tradebot.cli;

import io.tradebot.strategy.backtest.SymbolBars;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.marketdata.csv.BarFile;
import io.tradebot.strategy.marketdata.csv.BarFileException;
import io.tradebot.strategy.marketdata.csv.BarFileReader;
import io.tradebot.strategy.marketdata.csv.CsvBar;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bars of {@code --data}: a file, or every {@code *.csv} and {@code *.json} file of a directory (not its subdirectories), one symbol
 * per file name. Files of the same symbol are joined in file-name order. Times written without a zone are New York
 * times; a daily bar is that day's regular session, 09:30-16:00.
 */
final class BarSource {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /**
     * The bundled vendor names: {@code nt-spy-minute-2011-03.csv}, {@code ib-spy-5min-20120627.csv},
     * {@code spy-2011-yahoofinance.csv}, {@code YahooFinance-XLK-PT1D-20190102_20260710.json}.
     */
    private static final Pattern VENDOR_NAME = Pattern.compile(
            "(?i)(?:(?:nt|ib)-([a-z0-9.]+)-.*|([a-z0-9.]+)-\\d{4}-yahoofinance|yahoofinance-([a-z0-9.]+)-.*)");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,14}");

    /** The symbols' bars, whether they are intraday, and the files read. */
    record Loaded(List<SymbolBars> symbols, boolean intraday, List<Path> files) {
    }

    private BarSource() {
    }

    /** The symbol a file's bars belong to: see the root README, "Backtests". */
    static String symbolOf(Path file) throws BarFileException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".csv") ? name.substring(0, name.length() - 4)
                : lower.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Matcher vendor = VENDOR_NAME.matcher(stem);
        String symbol = (vendor.matches() ? Stream.of(vendor.group(1), vendor.group(2), vendor.group(3))
                .filter(g -> g != null).findFirst().orElseThrow() : stem.split("_", 2)[0]).toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new BarFileException(file, 0, "cannot take a symbol from the file name: '" + symbol
                    + "' is not 1-15 letters, digits, '.' or '-' (name files SYMBOL.csv or SYMBOL_anything.csv)");
        }
        return symbol;
    }

    /** Reads every file of {@code data} whose symbol is in {@code wanted} (upper case; empty: all). */
    static Loaded load(Path data, Collection<String> wanted) throws BarFileException, IOException {
        List<Path> files = new ArrayList<>();
        for (Path file : files(data)) {
            if (wanted.isEmpty() || wanted.contains(symbolOf(file))) {
                files.add(file);
            }
        }
        Map<String, List<Bar>> bySymbol = new TreeMap<>();
        Map<String, Path> lastFile = new TreeMap<>();
        Boolean intraday = null;
        for (Path file : files) {
            String symbol = symbolOf(file);
            FileBars read = read(file);
            if (intraday != null && intraday != read.intraday()) {
                throw new BarFileException(file, 0, "has " + (read.intraday() ? "intraday" : "daily")
                        + " bars but the files before it have " + (intraday ? "intraday" : "daily") + " bars");
            }
            intraday = read.intraday();
            List<Bar> bars = bySymbol.computeIfAbsent(symbol, s -> new ArrayList<>());
            if (!bars.isEmpty() && read.bars().getFirst().start().isBefore(bars.getLast().end())) {
                throw new BarFileException(file, read.firstLine(), "its first bar is not after the last bar of "
                        + lastFile.get(symbol) + ", another file for " + symbol + "; files of one symbol are joined in"
                        + " file-name order");
            }
            bars.addAll(read.bars());
            lastFile.put(symbol, file);
        }
        if (files.isEmpty()) {
            throw new BarFileException(data, 0, "has no file for " + String.join(", ", wanted));
        }
        List<SymbolBars> symbols = new ArrayList<>();
        bySymbol.forEach((symbol, bars) -> symbols.add(new SymbolBars(symbol, bars)));
        return new Loaded(symbols, Boolean.TRUE.equals(intraday), files);
    }

    private static List<Path> files(Path data) throws BarFileException, IOException {
        if (Files.isRegularFile(data)) {
            return List.of(data);
        }
        if (!Files.isDirectory(data)) {
            throw new BarFileException(data, 0, "no such file or directory");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(data)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                            || YahooJsonReader.reads(p)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new BarFileException(data, 0, "the directory has no .csv or .json files");
        }
        return files;
    }

    private record FileBars(List<Bar> bars, boolean intraday, int firstLine) {
    }

    private static FileBars read(Path file) throws BarFileException, IOException {
        if (NinjaTraderReader.LINE_START.matcher(firstLine(file)).matches()) {
            return new FileBars(NinjaTraderReader.read(file), true, 1);
        }
        BarFile csv = YahooJsonReader.reads(file) ? YahooJsonReader.read(file) : BarFileReader.read(file);
        Duration period = csv.intraday() ? smallestGap(csv.bars()) : null;
        List<Bar> bars = new ArrayList<>(csv.bars().size());
        for (CsvBar row : csv.bars()) {
            Instant start = csv.intraday() ? row.time().atZone(NEW_YORK).toInstant()
                    : row.time().toLocalDate().atTime(LocalTime.of(9, 30)).atZone(NEW_YORK).toInstant();
            Instant end = csv.intraday() ? start.plus(period)
                    : row.time().toLocalDate().atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant();
            if (!bars.isEmpty() && start.isBefore(bars.getLast().end())) {
                throw new BarFileException(file, row.line(), "the bar starting " + row.time() + " New York time "
                        + "overlaps the one before it (a clock change?)");
            }
            bars.add(bar(file, row.line(), start, end, new BigDecimal[] {decimal(row.open()), decimal(row.high()),
                    decimal(row.low()), decimal(row.close()), decimal(row.volume())}));
        }
        return new FileBars(bars, csv.intraday(), csv.bars().getFirst().line());
    }

    /**
     * A bar file as a header and rows, for {@code indicators}: a Yahoo JSON candle file ({@code *.json}), the
     * NinjaTrader minute export (by its first line), else a CSV.
     */
    static BarFile barFile(Path file) throws BarFileException, IOException {
        if (YahooJsonReader.reads(file)) {
            return YahooJsonReader.read(file);
        }
        return NinjaTraderReader.LINE_START.matcher(firstLine(file)).matches() ? NinjaTraderReader.asBarFile(file)
                : BarFileReader.read(file);
    }

    /** A bar from open, high, low, close, volume, or the reason it is not one, with its line. */
    static Bar bar(Path file, int line, Instant start, Instant end, BigDecimal[] v) throws BarFileException {
        try {
            return new Bar(start, end, v[0], v[1], v[2], v[3], v[4]);
        } catch (IllegalArgumentException e) {
            throw new BarFileException(file, line, e.getMessage() + " (open " + v[0].toPlainString() + ", high "
                    + v[1].toPlainString() + ", low " + v[2].toPlainString() + ", close " + v[3].toPlainString()
                    + ", volume " + v[4].toPlainString() + ")");
        }
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    private static Duration smallestGap(List<CsvBar> rows) {
        Duration smallest = Duration.ofMinutes(1);
        for (int i = 1; i < rows.size(); i++) {
            Duration gap = Duration.between(rows.get(i - 1).time(), rows.get(i).time());
            if (i == 1 || gap.compareTo(smallest) < 0) {
                smallest = gap;
            }
        }
        return smallest;
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (java.nio.charset.CharacterCodingException | java.nio.file.NoSuchFileException e) {
            return ""; // BarFileReader reports it, with its line
        }
    }
}
