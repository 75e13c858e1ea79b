package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code backtest --strategy fundamental --candidates FILE} on the real AAPL daily bars. What each trade must be is
 * worked out here from the CSV rows: bought at the open after the candidate's day, sized at that day's close (1% of
 * equity at risk to a 2% stop, at most 10% of equity), out at the first bar from the second session on that reaches the
 * stop-loss (first) or the take-profit, else by the time stop at the open after the 5th session held.
 */
class BacktestCandidatesTest {

    private static final Path AAPL = BacktestCommandTest.MARKETDATA.resolve("AAPL_data.csv");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @TempDir
    Path temp;

    /** One CSV row: date, open, high, low, close. */
    private record Row(LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close) {
    }

    @Test
    void tradesEachCandidateOnceAtTheNextOpenWithItsBracketOrItsTimeStop() throws IOException {
        List<Row> rows = rows();
        List<String> days = List.of("2014-06-10", "2015-03-02", "2016-07-01", "2017-01-05");
        Path candidates = temp.resolve("candidates.csv");
        List<String> lines = new ArrayList<>(List.of("date,symbol,score,note"));
        days.forEach(d -> lines.add(d + ",aapl,3.5,from a screen"));
        lines.add("2016-01-04,MSFT,9,not in the data");
        Files.write(candidates, lines);
        Path out = temp.resolve("report");

        CommandRun run = CommandRun.of("backtest", "--strategy", "fundamental", "--data", AAPL.toString(),
                "--candidates", candidates.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.at("/data/candidates/rows").asInt()).isEqualTo(5);
        assertThat(report.at("/data/candidates/file").asText()).isEqualTo(candidates.toString());
        JsonNode trades = report.get("trades");
        assertThat(trades).hasSize(days.size());
        BigDecimal equity = new BigDecimal("100000");
        for (int t = 0; t < days.size(); t++) {
            int i = indexOf(rows, LocalDate.parse(days.get(t)));
            JsonNode trade = trades.get(t);
            Row signal = rows.get(i);
            BigDecimal stop = percentAway(signal.close(), "-2");
            BigDecimal target = percentAway(signal.close(), "5");
            BigDecimal byRisk = equity.divide(HUNDRED).divide(signal.close().subtract(stop), 0, RoundingMode.DOWN);
            BigDecimal byCap = equity.divide(BigDecimal.TEN).divide(signal.close(), 0, RoundingMode.DOWN);
            assertThat(trade.get("entryId").asText()).isEqualTo("fundamental:AAPL:" + utcBarStart(signal.date()) + ":ENTER_LONG");
            assertThat(trade.get("side").asText()).isEqualTo("LONG");
            assertThat(trade.get("entryTime").asText()).isEqualTo(rows.get(i + 1).date().toString());
            assertThat(trade.get("quantity").decimalValue()).isEqualByComparingTo(byRisk.min(byCap));
            String[] exit = expectedExit(rows, i, stop, target);
            assertThat(trade.get("exitTime").asText()).as("exit of the trade from " + days.get(t)).isEqualTo(exit[0]);
            assertThat(trade.get("exitReason").asText()).startsWith(exit[1]);
            equity = equity.add(trade.get("pnl").decimalValue());
        }
    }

    /** The exit day and reason: legs work from the second session on; the time stop fills at the open after the 5th. */
    private static String[] expectedExit(List<Row> rows, int signal, BigDecimal stop, BigDecimal target) {
        for (int j = signal + 2; j <= signal + 5; j++) {
            if (rows.get(j).low().compareTo(stop) <= 0) {
                return new String[] {rows.get(j).date().toString(), "stop-loss"};
            }
            if (rows.get(j).high().compareTo(target) >= 0) {
                return new String[] {rows.get(j).date().toString(), "take-profit"};
            }
        }
        return new String[] {rows.get(signal + 6).date().toString(), "time stop: held 5 sessions"};
    }

    @Test
    void refusesFundamentalWithoutCandidatesAndCandidatesForAnotherStrategy() {
        Path out = temp.resolve("report");

        CommandRun without = CommandRun.of("backtest", "--strategy", "fundamental", "--data", AAPL.toString(), "--out",
                out.toString());
        CommandRun other = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", AAPL.toString(),
                "--candidates", AAPL.toString(), "--out", out.toString());

        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("--candidates FILE");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("--candidates is read by strategy fundamental only");
        assertThat(out).doesNotExist();
    }

    static Stream<Arguments> badCandidates() {
        return Stream.of(
                Arguments.of("empty file", List.<String>of(), 1, "the file is empty"),
                Arguments.of("no symbol column", List.of("date,ticker", "2014-06-10,AAPL"), 1, "must name date,symbol"),
                Arguments.of("header only", List.of("date,symbol"), 1, "no candidates"),
                Arguments.of("bad date", List.of("date,symbol", "2014-06-10,AAPL", "10/06/2014,AAPL"), 3,
                        "date '10/06/2014' is not a date"),
                Arguments.of("duplicate", List.of("date,symbol", "2014-06-10,AAPL", "2015-01-05,AAPL", "2014-06-10,aapl"),
                        4, "duplicate candidate AAPL on 2014-06-10 (also on line 2)"),
                Arguments.of("score not a number", List.of("symbol,date,score", "AAPL,2014-06-10,high"), 2,
                        "score 'high' is not a number"),
                Arguments.of("missing cell", List.of("date,symbol,score", "2014-06-10,AAPL"), 2, "has 2 cells"),
                Arguments.of("bad symbol", List.of("date,symbol", "2014-06-10,AA PL"), 2, "symbol 'AA PL'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCandidates")
    void refusesBadCandidatesNamingFileAndLineAndWritesNothing(String what, List<String> lines, int line, String problem)
            throws IOException {
        Path candidates = temp.resolve("candidates.csv");
        Files.write(candidates, lines);
        Path out = temp.resolve("report");

        CommandRun run = CommandRun.of("backtest", "--strategy", "fundamental", "--data", AAPL.toString(),
                "--candidates", candidates.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(what).isEqualTo(2);
        assertThat(run.err()).contains(candidates + ", line " + line + ": ").contains(problem);
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("nothing but the candidates file").containsExactly(candidates);
        }
    }

    private static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(AAPL);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            rows.add(new Row(LocalDate.parse(c[0]), new BigDecimal(c[1]), new BigDecimal(c[2]), new BigDecimal(c[3]),
                    new BigDecimal(c[4])));
        }
        return rows;
    }

    private static int indexOf(List<Row> rows, LocalDate day) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).date().equals(day)) {
                return i;
            }
        }
        throw new AssertionError("no AAPL row on " + day);
    }

    /** {@code price} moved by {@code pct}%, to the cent, half up. */
    private static BigDecimal percentAway(BigDecimal price, String pct) {
        return price.multiply(HUNDRED.add(new BigDecimal(pct))).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** 09:30 New York on {@code day} in UTC, as intent ids write a bar's start. */
    private static String utcBarStart(LocalDate day) {
        return day.atTime(9, 30).atZone(ZoneId.of("America/New_York")).withZoneSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    }
}
