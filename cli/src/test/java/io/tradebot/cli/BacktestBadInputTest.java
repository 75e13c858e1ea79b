package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to {@code backtest}: real files spoiled one way each, and bad options. Every case exits 2 with a message
 * naming the file and line where there is one, and leaves nothing behind: no report directory, no temp directory.
 */
class BacktestBadInputTest {

    private static final Path AAPL = BacktestCommandTest.MARKETDATA.resolve("AAPL_data.csv");
    private static final Path SPY = BacktestCommandTest.MARKETDATA.resolve("nt-spy-minute-2011-03.csv");

    @TempDir
    Path dir;
    private Path outParent;
    private Path out;

    @BeforeEach
    void outputs() throws IOException {
        outParent = Files.createDirectory(dir.resolve("reports"));
        out = outParent.resolve("report");
    }

    static Stream<Arguments> spoiledDailyFiles() throws IOException {
        List<String> aapl = Files.readAllLines(AAPL);
        return Stream.of(
                Arguments.of("a missing column", replace(aapl, 0, "date,open,high,low,close,Name"), 1,
                        "missing column volume"),
                Arguments.of("unsorted dates", swap(aapl, 100, 101), 102, "before the date on line 101"),
                Arguments.of("a duplicate date", replace(aapl, 51, aapl.get(50)), 52, "duplicate date '2013-04-22'"),
                Arguments.of("a non-numeric close", replace(aapl, 3, aapl.get(3).replace(",66.8428,", ",n/a,")), 4,
                        "close 'n/a' is not a number"),
                Arguments.of("a date that is not a date", replace(aapl, 2, aapl.get(2).replace("2013-02-11", "2013-02-30")),
                        3, "'2013-02-30' is not a date"),
                Arguments.of("a high below the open", replace(aapl, 4, "2013-02-13,66.7442,66.5,66.1742,66.7156,1,AAPL"),
                        5, "high and low must enclose open and close"),
                Arguments.of("an empty file", List.of(), 1, "the file is empty"),
                Arguments.of("a header without rows", List.of(aapl.getFirst()), 1, "no data rows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledDailyFiles")
    void rejectsASpoiledDailyFileNamingItsLine(String what, List<String> lines, int line, String problem)
            throws IOException {
        Path data = dir.resolve("AAPL_data.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);

        assertRejected(run("--strategy", "ma-crossover", "--data", data.toString()), data + ", line " + line + ": ",
                problem);
    }

    static Stream<Arguments> spoiledMinuteFiles() throws IOException {
        List<String> spy = Files.readAllLines(SPY).subList(0, 400);
        return Stream.of(
                Arguments.of("a non-numeric open", replace(spy, 9, spy.get(9).replaceFirst(";[0-9.]+;", ";x;")), 10,
                        "open 'x' is not a number"),
                Arguments.of("a duplicate time", replace(spy, 20, spy.get(19)), 21, "duplicate time"),
                Arguments.of("unsorted times", swap(spy, 30, 31), 32, "is before the line above it"),
                Arguments.of("a missing cell", replace(spy, 40, spy.get(40).substring(0, spy.get(40).lastIndexOf(';'))),
                        41, "has 5 cells"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledMinuteFiles")
    void rejectsASpoiledNinjaTraderFileNamingItsLine(String what, List<String> lines, int line, String problem)
            throws IOException {
        Path data = dir.resolve("nt-spy-minute-2011-03.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);

        assertRejected(run("--strategy", "macd-vwap", "--data", data.toString()), data + ", line " + line + ": ",
                problem);
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(List.of("--strategy", "golden-cross"), "unknown strategy 'golden-cross' (known: macd-vwap"),
                Arguments.of(List.of("--strategy", "fundamental"), "watchlist candidates"),
                Arguments.of(List.of("--strategy", "rsi-mean-reversion", "--param", "oversod=25"),
                        "unknown parameter for rsi-mean-reversion: oversod (known: period, oversold"),
                Arguments.of(List.of("--strategy", "ma-crossover", "--param", "fast=twenty"),
                        "parameter fast of ma-crossover must be a whole number, was 'twenty'"),
                Arguments.of(List.of("--strategy", "ma-crossover", "--param", "fast=60"), "fast (60) must be shorter"),
                Arguments.of(List.of("--strategy", "ma-crossover", "--from", "2014-13-01"),
                        "--from '2014-13-01' is not a date yyyy-MM-dd"),
                Arguments.of(List.of("--strategy", "ma-crossover", "--to", "01/02/2015"),
                        "--to '01/02/2015' is not a date yyyy-MM-dd"),
                Arguments.of(List.of("--strategy", "ma-crossover", "--from", "2015-01-02", "--to", "2014-01-02"),
                        "--to 2014-01-02 is before --from 2015-01-02"),
                Arguments.of(List.of("--strategy", "ma-crossover", "--from", "2019-01-01"),
                        "no bars in " + AAPL + " between 2019-01-01 and the end"),
                Arguments.of(List.of("--strategy", "ma-crossover", "--symbols", "MSFT"), "has no file for MSFT"),
                Arguments.of(List.of("--strategy", "ma-crossover", "--slippage-bps", "-1"),
                        "slippage must be from 0 to below 10000 basis points"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badOptions")
    void rejectsBadOptions(List<String> options, String problem) {
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("--data", AAPL.toString()));

        assertRejected(run(args.toArray(String[]::new)), "tradebot backtest: ", problem);
    }

    @Test
    void rejectsASymbolThatIsNotInTheDirectory() {
        assertRejected(run("--strategy", "ma-crossover", "--data", BacktestCommandTest.BARS.toString(), "--symbols",
                "AAPL,MSFT"), "--symbols MSFT not in", "(it has AAPL)");
    }

    @Test
    void rejectsMissingDataAndADirectoryWithoutCsvFiles() throws IOException {
        Path nowhere = dir.resolve("nowhere");
        assertRejected(run("--strategy", "ma-crossover", "--data", nowhere.toString()), nowhere + ": ",
                "no such file or directory");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no bars here");
        assertRejected(run("--strategy", "ma-crossover", "--data", empty.toString()), empty + ": ",
                "the directory has no .csv or .json files");
    }

    @Test
    void rejectsAFileNameThatGivesNoSymbol() throws IOException {
        Path data = dir.resolve("my prices.csv");
        Files.copy(AAPL, data);
        assertRejected(run("--strategy", "ma-crossover", "--data", data.toString()), data + ": ",
                "cannot take a symbol from the file name: 'MY PRICES'");
    }

    @Test
    void rejectsDailyAndIntradayFilesTogether() throws IOException {
        Path mixed = Files.createDirectory(dir.resolve("mixed"));
        Files.copy(AAPL, mixed.resolve("AAPL_data.csv"));
        Files.copy(SPY, mixed.resolve("nt-spy-minute-2011-03.csv"));
        assertRejected(run("--strategy", "ma-crossover", "--data", mixed.toString()),
                mixed.resolve("nt-spy-minute-2011-03.csv") + ": ", "has intraday bars but the files before it have daily");
    }

    @Test
    void rejectsTwoFilesOfOneSymbolThatOverlap() throws IOException {
        Path twice = Files.createDirectory(dir.resolve("twice"));
        Files.copy(AAPL, twice.resolve("AAPL_a.csv"));
        Files.copy(AAPL, twice.resolve("AAPL_b.csv"));
        assertRejected(run("--strategy", "ma-crossover", "--data", twice.toString()),
                twice.resolve("AAPL_b.csv") + ", line 2: ", "its first bar is not after the last bar of");
    }

    @Test
    void rejectsAnOutputWhoseParentIsMissingOrThatIsAFile() throws IOException {
        Path missing = dir.resolve("missing").resolve("report");
        CommandRun run = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", AAPL.toString(), "--out",
                missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
        assertThat(missing.getParent()).doesNotExist();

        Path file = Files.writeString(outParent.resolve("report.txt"), "mine");
        CommandRun onFile = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", AAPL.toString(), "--out",
                file.toString());
        assertThat(onFile.exitCode()).isEqualTo(2);
        assertThat(onFile.err()).contains("is a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void usageErrorsExitWithTwo() {
        CommandRun run = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", AAPL.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'");
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("backtest"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private void assertRejected(CommandRun run, String where, String problem) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("tradebot backtest: ").contains(where).contains(problem);
        assertThat(run.out()).isEmpty();
        try (Stream<Path> left = Files.list(outParent)) {
            assertThat(left).as("nothing written").isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> replace(List<String> lines, int index, String line) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, line);
        return copy;
    }

    private static List<String> swap(List<String> lines, int a, int b) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(a, lines.get(b));
        copy.set(b, lines.get(a));
        return copy;
    }
}
