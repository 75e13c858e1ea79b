package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.indicator.StandardColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indicators} on real daily and 5-minute files: the columns, the warm-up blanks and the values. */
class IndicatorsCommandTest {

    /** First defined row of each column (its warm-up length), as the README documents it. */
    private static final Map<String, Integer> FIRST_DEFINED = Map.ofEntries(Map.entry("sma_20", 19),
            Map.entry("ema_20", 19), Map.entry("rsi_14", 14), Map.entry("macd_12_26_9", 25),
            Map.entry("macd_signal_12_26_9", 33), Map.entry("macd_hist_12_26_9", 33), Map.entry("bb_upper_20_2", 19),
            Map.entry("bb_middle_20_2", 19), Map.entry("bb_lower_20_2", 19), Map.entry("stddev_14", 13),
            Map.entry("atr_14", 13), Map.entry("vwap", 0), Map.entry("obv", 0));

    @TempDir
    Path dir;

    @Test
    void writesEveryInputColumnFollowedByTheThirteenIndicatorColumnsForDailyBars() throws IOException {
        Path data = resource("AAPL_data.csv");
        Path out = dir.resolve("aapl-indicators.csv");

        CommandRun run = CommandRun.of("indicators", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("1259 rows", "daily");
        List<String> input = Files.readAllLines(data);
        Table table = Table.read(out);
        assertThat(table.header()).containsExactlyElementsOf(concat(List.of(input.getFirst().split(",")),
                StandardColumns.NAMES));
        assertThat(table.rows()).hasSize(1259);
        List<String> output = Files.readAllLines(out);
        for (int i = 1; i <= 1259; i++) {
            assertThat(output.get(i)).startsWith(input.get(i) + ",");
        }
        assertWarmUpIsBlankAndTheRestIsNumbers(table);
    }

    @Test
    void dailyColumnsMatchTheirTextbookDefinitions() {
        Path out = dir.resolve("aapl.csv");
        CommandRun.of("indicators", "--data", resource("AAPL_data.csv").toString(), "--out", out.toString());
        Table table = Table.read(out);
        double[] close = table.numbers("close");
        double[] volume = table.numbers("volume");
        double[] typical = typicalPrices(table);
        double priceVolume = 0;
        double totalVolume = 0;
        double obv = 0;
        for (int i = 0; i < close.length; i++) {
            priceVolume += typical[i] * volume[i];
            totalVolume += volume[i];
            assertRelative(table.number("vwap", i), priceVolume / totalVolume, "vwap row " + i);
            obv += i == 0 ? 0 : Math.signum(close[i] - close[i - 1]) * volume[i];
            assertThat(table.number("obv", i)).as("obv row %d", i).isEqualTo(obv);
            assertThat(table.cell("sma_20", i)).as("row %d", i).isEqualTo(table.cell("bb_middle_20_2", i));
            if (i >= 19) {
                double mean = Arrays.stream(close, i - 19, i + 1).average().orElseThrow();
                double variance = Arrays.stream(close, i - 19, i + 1).map(c -> (c - mean) * (c - mean)).sum() / 20;
                assertRelative(table.number("sma_20", i), mean, "sma_20 row " + i);
                assertRelative(table.number("bb_upper_20_2", i), mean + 2 * Math.sqrt(variance), "bb_upper row " + i);
            }
        }
    }

    @Test
    void anchorsVwapAtEachDaysFirstBarForIntradayBars() throws IOException {
        Path data = dir.resolve("spy-3-days.csv");
        Files.write(data, threeDaysOfFiveMinuteBars());
        Path out = dir.resolve("spy-indicators.csv");

        CommandRun run = CommandRun.of("indicators", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("502 rows", "intraday");
        Table table = Table.read(out);
        assertThat(table.header()).startsWith("Date", "Open", "High", "Low", "Close", "Volume", "TradeCount", "VWAP")
                .endsWith("vwap", "obv");
        double[] typical = typicalPrices(table);
        double[] volume = table.numbers("Volume");
        List<Integer> sessionStarts = new ArrayList<>();
        double priceVolume = 0;
        double totalVolume = 0;
        for (int i = 0; i < table.rows().size(); i++) {
            boolean newDay = i == 0 || !day(table, i).equals(day(table, i - 1));
            if (newDay) {
                sessionStarts.add(i);
                priceVolume = 0;
                totalVolume = 0;
            }
            priceVolume += typical[i] * volume[i];
            totalVolume += volume[i];
            assertRelative(table.number("vwap", i), priceVolume / totalVolume, "vwap row " + i);
        }
        assertThat(sessionStarts).hasSize(3);
        for (int start : sessionStarts) {
            assertRelative(table.number("vwap", start), typical[start], "vwap at the session's first bar " + start);
        }
        assertWarmUpIsBlankAndTheRestIsNumbers(table);
    }

    private static void assertWarmUpIsBlankAndTheRestIsNumbers(Table table) {
        for (String column : StandardColumns.NAMES) {
            int first = FIRST_DEFINED.get(column);
            for (int i = 0; i < table.rows().size(); i++) {
                String cell = table.cell(column, i);
                if (i < first) {
                    assertThat(cell).as("%s row %d is warm-up", column, i).isEmpty();
                } else {
                    assertThat(cell).as("%s row %d", column, i).matches("-?\\d+(\\.\\d+)?");
                }
            }
        }
    }

    private static String day(Table table, int row) {
        return table.cell("Date", row).substring(0, 10);
    }

    private static double[] typicalPrices(Table table) {
        String high = table.header().contains("high") ? "high" : "High";
        String low = table.header().contains("low") ? "low" : "Low";
        String close = table.header().contains("close") ? "close" : "Close";
        return IntStream.range(0, table.rows().size())
                .mapToDouble(i -> (table.number(high, i) + table.number(low, i) + table.number(close, i)) / 3)
                .toArray();
    }

    private static void assertRelative(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected)).as("%s: %s vs %s", what, actual, expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(expected));
    }

    /** The three IB files one after another, with one header. */
    private static List<String> threeDaysOfFiveMinuteBars() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String day : List.of("20120627", "20120628", "20120629")) {
            List<String> file = Files.readAllLines(resource("ib-spy-5min-" + day + ".csv"));
            lines.addAll(lines.isEmpty() ? file : file.subList(1, file.size()));
        }
        return lines;
    }

    static Path resource(String name) {
        try {
            return Path.of(IndicatorsCommandTest.class.getResource("/bars/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The command's output read back: header cells and rows of cells (no quoting in these files). */
    record Table(List<String> header, List<String[]> rows) {

        static Table read(Path file) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> header = List.of(lines.getFirst().split(",", -1));
                List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
                for (String[] row : rows) {
                    assertThat(row).hasSameSizeAs(header.toArray());
                }
                return new Table(header, rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The last column of that name: the command's own columns come after the input's. */
        String cell(String column, int row) {
            return rows.get(row)[header.lastIndexOf(column)];
        }

        double number(String column, int row) {
            return Double.parseDouble(cell(column, row));
        }

        double[] numbers(String column) {
            return IntStream.range(0, rows.size()).mapToDouble(i -> number(column, i)).toArray();
        }
    }
}
