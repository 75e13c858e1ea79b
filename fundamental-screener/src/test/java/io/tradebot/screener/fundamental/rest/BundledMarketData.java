package io.tradebot.screener.fundamental.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bundled real data ibkr-client serves in {@code sim} mode, read straight from its CSV files so the
 * tests can serve it from the stand-in and work out what the screen must find, with plain loops.
 */
final class BundledMarketData {

    private static final Path MARKETDATA = Path.of("../ibkr-client/src/main/resources/marketdata");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** One CSV row of daily bars. */
    record Day(LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {
    }

    /** Symbol → its daily rows, ascending. */
    final Map<String, List<Day>> daily = new TreeMap<>();
    /** Symbol → the fundamentals CSV cells. */
    final Map<String, String[]> fundamentals = new TreeMap<>();

    static BundledMarketData load() {
        BundledMarketData data = new BundledMarketData();
        try (Stream<Path> files = Files.list(MARKETDATA.resolve("daily"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_data.csv")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<Day> days = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    String[] c = line.split(",");
                    days.add(new Day(LocalDate.parse(c[0]), new BigDecimal(c[1]), new BigDecimal(c[2]),
                            new BigDecimal(c[3]), new BigDecimal(c[4]), Long.parseLong(c[5])));
                }
                data.daily.put(lines.get(1).split(",")[6], days);
            }
            List<String> rows = Files.readAllLines(MARKETDATA.resolve("fundamentals/sp500_constituents_financials_2017-03-08.csv"));
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                data.fundamentals.put(cells[0], cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    /** A gainer of {@code day} as ibkr-client's scanner reports it. */
    record Gainer(String symbol, BigDecimal previousClose, BigDecimal close, BigDecimal changePct, long volume) {
    }

    /** The scanner's answer for {@code day}: close ≥ minPrice, volume ≥ minVolume, biggest change first, at most limit. */
    List<Gainer> topGainers(LocalDate day, BigDecimal minPrice, long minVolume, int limit) {
        List<Gainer> gainers = new ArrayList<>();
        for (var entry : daily.entrySet()) {
            List<Day> days = entry.getValue();
            for (int i = 1; i < days.size(); i++) {
                Day today = days.get(i);
                if (today.date().equals(day) && today.close().compareTo(minPrice) >= 0 && today.volume() >= minVolume) {
                    BigDecimal previous = days.get(i - 1).close();
                    BigDecimal change = today.close().divide(previous, MathContext.DECIMAL64).subtract(BigDecimal.ONE)
                            .movePointRight(2).setScale(4, RoundingMode.HALF_UP);
                    gainers.add(new Gainer(entry.getKey(), previous, today.close(), change, today.volume()));
                }
            }
        }
        gainers.sort(Comparator.comparing(Gainer::changePct).reversed().thenComparing(Gainer::symbol));
        return gainers.subList(0, Math.min(limit, gainers.size()));
    }

    /** {day's return, mean, population σ, z} of {@code symbol} on {@code day} against the N returns before it. */
    double[] zScore(String symbol, LocalDate day, int n) {
        List<Day> days = daily.get(symbol);
        int d = -1;
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).date().equals(day)) {
                d = i;
            }
        }
        double sum = 0;
        for (int i = d - n; i < d; i++) {
            sum += ret(days, i);
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = d - n; i < d; i++) {
            squares += Math.pow(ret(days, i) - mean, 2);
        }
        double sigma = Math.sqrt(squares / n);
        double today = ret(days, d);
        return new double[] { today, mean, sigma, (today - mean) / sigma };
    }

    /**
     * The DAY models of the last {@code window} returns up to {@code day}, worked out by {@link ClosedForm}:
     * {intercept, slope, predicted next return, P(DOWN next | the last return's state)}.
     */
    double[] dayModels(String symbol, LocalDate day, int window, double band) {
        List<Day> days = daily.get(symbol);
        int d = indexOf(days, day);
        double[] r = new double[window];
        for (int k = 0; k < window; k++) {
            r[k] = ret(days, d - window + 1 + k);
        }
        return ClosedForm.models(r, band);
    }

    /** The session of the bar {@code window} returns before {@code day}: the first close of that window. */
    LocalDate windowStart(String symbol, LocalDate day, int window) {
        List<Day> days = daily.get(symbol);
        return days.get(indexOf(days, day) - window).date();
    }

    private static int indexOf(List<Day> days, LocalDate day) {
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).date().equals(day)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no bar on " + day);
    }

    private static double ret(List<Day> days, int i) {
        return days.get(i).close().doubleValue() / days.get(i - 1).close().doubleValue() - 1;
    }

    /** The fundamentals cell {@code column} of {@code symbol} (0 Symbol .. 13 Price/Book), null when empty. */
    BigDecimal fundamental(String symbol, int column) {
        String cell = fundamentals.get(symbol)[column];
        return cell.isBlank() ? null : new BigDecimal(cell);
    }

    /** {@code symbol}'s fundamentals as ibkr-client serves them: billions as dollars, EBITDA 0.00 as missing. */
    String fundamentalsJson(String symbol) {
        BigDecimal ebitda = fundamental(symbol, 11);
        return ScreenTestSupport.fundamentals(symbol, "2017-03-08", plain(fundamental(symbol, 3)),
                plain(fundamental(symbol, 6)), plain(fundamental(symbol, 5)), plain(billions(fundamental(symbol, 10))),
                ebitda == null || ebitda.signum() == 0 ? null : plain(billions(ebitda)), plain(fundamental(symbol, 12)),
                plain(fundamental(symbol, 13)), plain(fundamental(symbol, 4)));
    }

    /** Every daily bar of {@code symbol} as a BarView array, start at 09:30 New York. */
    String barsJson(String symbol) {
        List<String> bars = new ArrayList<>();
        for (Day day : daily.get(symbol)) {
            bars.add("{\"start\":\"%s\",\"size\":\"1day\",\"open\":%s,\"high\":%s,\"low\":%s,\"close\":%s,\"volume\":%d,\"derived\":false}"
                    .formatted(day.date().atTime(LocalTime.of(9, 30)).atZone(NEW_YORK).toInstant(), day.open(),
                            day.high(), day.low(), day.close(), day.volume()));
        }
        return "[" + String.join(",", bars) + "]";
    }

    static BigDecimal billions(BigDecimal value) {
        return value == null ? null : value.movePointRight(9).setScale(0, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
