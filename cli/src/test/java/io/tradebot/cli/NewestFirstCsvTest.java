package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled Yahoo Finance SPY file, newest day first, read oldest first by both commands. */
class NewestFirstCsvTest {

    private static final Path YAHOO = Path.of("src/test/resources/yahoo/spy-2010-yahoofinance.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void backtestReadsTheNewestFirstFileOldestFirst() throws IOException {
        List<String> rows = dataRows(YAHOO);
        Path out = temp.resolve("report");

        CommandRun run = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", YAHOO.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode data = JSON.readTree(out.resolve("report.json").toFile()).get("data");
        assertThat(data.get("symbols").get(0).asText()).isEqualTo("SPY");
        assertThat(data.get("bars").asInt()).isEqualTo(rows.size());
        assertThat(data.get("firstBar").asText()).isEqualTo(rows.getLast().split(",")[0]).isEqualTo("2010-01-04");
        assertThat(data.get("lastBar").asText()).isEqualTo(rows.getFirst().split(",")[0]).isEqualTo("2010-12-31");
    }

    @Test
    void indicatorsWritesTheRowsOldestFirstWithIndicatorsOnThatOrder() throws IOException {
        List<String> rows = dataRows(YAHOO);
        Path out = temp.resolve("spy.csv");

        CommandRun run = CommandRun.of("indicators", "--data", YAHOO.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> written = Files.readAllLines(out);
        List<String> oldestFirst = new ArrayList<>(rows);
        Collections.reverse(oldestFirst);
        for (int i = 0; i < oldestFirst.size(); i++) {
            assertThat(written.get(i + 1)).startsWith(oldestFirst.get(i) + ",");
        }
        // sma_20 on the 20th oldest row: the mean of the 20 oldest closes (column Close is the 5th)
        BigDecimal sum = BigDecimal.ZERO;
        for (String row : oldestFirst.subList(0, 20)) {
            sum = sum.add(new BigDecimal(row.split(",")[4]));
        }
        int smaColumn = List.of(written.getFirst().split(",")).indexOf("sma_20");
        assertThat(Double.parseDouble(written.get(20).split(",", -1)[smaColumn]))
                .isCloseTo(sum.divide(BigDecimal.valueOf(20), MathContext.DECIMAL64).doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(written.get(19).split(",", -1)[smaColumn]).isEmpty();
    }

    @Test
    void refusesAFileThatIsNeitherAscendingNorNewestFirstThroughout() throws IOException {
        List<String> lines = Files.readAllLines(YAHOO);
        Collections.swap(lines, 100, 101); // lines 101 and 102 of the file
        Path spoiled = temp.resolve("spy-2010-yahoofinance.csv");
        Files.write(spoiled, lines);
        Path out = temp.resolve("report");

        CommandRun run = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", spoiled.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(spoiled + ", line 102: ").contains("is after the date on line 101")
                .contains("newest first");
        assertThat(out).doesNotExist();
    }

    private static List<String> dataRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }
}
