package io.tradebot.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled daily CSVs read directly, independently of ibkr-client's loader, so the system test
 * can work out what the screener, the fills and the account must show.
 */
final class BundledDailyBars {

    record Bar(String symbol, LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
            long volume) {
    }

    record Gainer(String symbol, BigDecimal changePct, BigDecimal close) {
    }

    private final Map<String, Map<LocalDate, Bar>> bars = new HashMap<>();
    /** Symbol → the bundled fundamentals CSV's cells. */
    private final Map<String, String[]> fundamentals = new HashMap<>();

    static BundledDailyBars load(Path dir) {
        BundledDailyBars data = new BundledDailyBars();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith("_data.csv")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split(",");
                    Bar bar = new Bar(f[6].trim(), LocalDate.parse(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2]),
                            new BigDecimal(f[3]), new BigDecimal(f[4]), Long.parseLong(f[5]));
                    data.bars.computeIfAbsent(bar.symbol(), s -> new HashMap<>()).put(bar.date(), bar);
                }
            }
            List<String> rows = Files.readAllLines(dir.resolveSibling("fundamentals")
                    .resolve("sp500_constituents_financials_2017-03-08.csv"));
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                data.fundamentals.put(cells[0], cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    Bar bar(String symbol, LocalDate date) {
        Bar bar = bars.getOrDefault(symbol, Map.of()).get(date);
        if (bar == null) {
            throw new IllegalArgumentException("no bundled bar for " + symbol + " on " + date);
        }
        return bar;
    }

    /** The first bar of {@code symbol} after {@code date}: its next session. */
    Bar nextSession(String symbol, LocalDate date) {
        return bars.getOrDefault(symbol, Map.of()).values().stream().filter(b -> b.date().isAfter(date))
                .min(Comparator.comparing(Bar::date))
                .orElseThrow(() -> new IllegalArgumentException("no bundled bar of " + symbol + " after " + date));
    }

    /** Top gainers of {@code day} against {@code previousDay}, filtered like the screener's defaults. */
    List<Gainer> topGainers(LocalDate day, LocalDate previousDay, BigDecimal minPrice, long minVolume, int limit) {
        return bars.values().stream()
                .filter(m -> m.containsKey(day) && m.containsKey(previousDay))
                .map(m -> {
                    Bar today = m.get(day);
                    BigDecimal change = today.close().divide(m.get(previousDay).close(), MathContext.DECIMAL64)
                            .subtract(BigDecimal.ONE).movePointRight(2);
                    return new Gainer(today.symbol(), change, today.close());
                })
                .filter(g -> g.close().compareTo(minPrice) >= 0)
                .filter(g -> bars.get(g.symbol()).get(day).volume() >= minVolume)
                .sorted(Comparator.comparing(Gainer::changePct).reversed())
                .limit(limit)
                .toList();
    }

    /** Whether {@code symbol} passes the screener's default fundamentals filter: EPS > 0, 0 ≤ P/E ≤ 50, market cap ≥ $2 bn. */
    boolean passesDefaultFundamentals(String symbol) {
        String[] cells = fundamentals.get(symbol);
        if (cells == null || cells[5].isBlank() || cells[6].isBlank() || cells[10].isBlank()) {
            return false;
        }
        double pe = Double.parseDouble(cells[5]);
        return Double.parseDouble(cells[6]) > 0 && pe >= 0 && pe <= 50 && Double.parseDouble(cells[10]) * 1e9 >= 2e9;
    }

    /** The z-score of {@code symbol}'s return on {@code day} against the {@code n} returns before it (population σ). */
    double zScore(String symbol, LocalDate day, int n) {
        List<Bar> series = bars.get(symbol).values().stream().filter(b -> !b.date().isAfter(day))
                .sorted(Comparator.comparing(Bar::date)).toList();
        int d = series.size() - 1;
        double[] r = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            r[k] = series.get(d - n + k).close().doubleValue() / series.get(d - n + k - 1).close().doubleValue() - 1;
        }
        double mean = 0;
        for (int k = 0; k < n; k++) {
            mean += r[k] / n;
        }
        double squares = 0;
        for (int k = 0; k < n; k++) {
            squares += (r[k] - mean) * (r[k] - mean);
        }
        return (r[n] - mean) / Math.sqrt(squares / n);
    }
}
