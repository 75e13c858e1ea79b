package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to {@code indicators}: real AAPL rows spoiled one way each. Every case exits 2 with a message naming
 * the file and the line, and writes nothing, not even a leftover temp file.
 */
class IndicatorsBadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> spoiledFiles() throws IOException {
        List<String> aapl = Files.readAllLines(IndicatorsCommandTest.resource("AAPL_data.csv"));
        return Stream.of(
                Arguments.of("a missing column", replace(aapl, 0, "date,open,high,low,volume,Name"), 1,
                        "missing column close"),
                Arguments.of("two missing columns", replace(aapl, 0, "day,open,high,low,close,vol,Name"), 1,
                        "missing columns date, volume"),
                Arguments.of("unsorted dates", swap(aapl, 100, 101), 102, "before the date on line 101"),
                Arguments.of("a duplicate date", replace(aapl, 51, aapl.get(50)), 52, "duplicate date '2013-04-22'"),
                Arguments.of("a non-numeric close", replace(aapl, 3, aapl.get(3).replace(",66.8428,", ",n/a,")), 4,
                        "close 'n/a' is not a number"),
                Arguments.of("NaN as a price", replace(aapl, 9, "2013-02-21,NaN,64.9457,63.4114,63.7228,111795147,AAPL"),
                        10, "open 'NaN' is not a number"),
                Arguments.of("an empty volume", replace(aapl, 3, "2013-02-12,68.5014,68.9114,66.8205,66.8428,,AAPL"), 4,
                        "volume is empty"),
                Arguments.of("a row with a cell missing", replace(aapl, 5, aapl.get(5).replace(",AAPL", "")),
                        6, "has 6 cells, the header has 7"),
                Arguments.of("a date that is not a date", replace(aapl, 2, aapl.get(2).replace("2013-02-11", "11/02/2013")),
                        3, "'11/02/2013' is not a date"),
                Arguments.of("February 30th", replace(aapl, 2, aapl.get(2).replace("2013-02-11", "2013-02-30")), 3,
                        "'2013-02-30' is not a date"),
                Arguments.of("a time of day in a daily file",
                        replace(aapl, 21, aapl.get(21).replace("2013-03-11", "2013-03-11 09:30")), 22,
                        "has time of day, unlike the rows before it"),
                Arguments.of("high below low", replace(aapl, 4, "2013-02-13,66.7442,60.0,66.8471,66.7156,75891525,AAPL"),
                        5, "high 60.0 is below low 66.8471"),
                Arguments.of("an empty file", List.of(), 1, "the file is empty"),
                Arguments.of("a header without rows", List.of(aapl.getFirst()), 1, "no data rows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledFiles")
    void rejectsTheFileNamingItsLineAndWritesNothing(String what, List<String> lines, int line, String problem)
            throws IOException {
        Path data = dir.resolve("spoiled.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out").resolve("indicators.csv");
        Files.createDirectories(out.getParent());

        CommandRun run = CommandRun.of("indicators", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(data + ", line " + line + ": ").contains(problem);
        assertThat(run.out()).isEmpty();
        try (Stream<Path> written = Files.list(out.getParent())) {
            assertThat(written).as("files written for %s", what).isEmpty();
        }
    }

    @Test
    void leavesAnExistingOutputUntouchedWhenTheInputIsBad() throws IOException {
        Path data = dir.resolve("unsorted.csv");
        Files.write(data, swap(Files.readAllLines(IndicatorsCommandTest.resource("AAPL_data.csv")), 10, 11));
        Path out = dir.resolve("indicators.csv");
        Files.writeString(out, "an earlier good run\n");

        CommandRun run = CommandRun.of("indicators", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("an earlier good run\n");
    }

    @Test
    void rejectsAMissingInputFileByName() {
        Path data = dir.resolve("nowhere.csv");

        CommandRun run = CommandRun.of("indicators", "--data", data.toString(), "--out", dir.resolve("o.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(data + ": no such file");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void rejectsAnOutputInADirectoryThatDoesNotExist() throws IOException {
        Path out = dir.resolve("missing-dir").resolve("o.csv");

        CommandRun run = CommandRun.of("indicators", "--data",
                IndicatorsCommandTest.resource("AAPL_data.csv").toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        CommandRun run = CommandRun.of("indicators", "--data", "x.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=FILE'");
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
