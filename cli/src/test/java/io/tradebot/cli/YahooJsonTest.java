package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled Yahoo Finance ETF candle JSON, read by both commands as the daily CSV it would be. */
class YahooJsonTest {

    private static final Path XLK = Path.of("src/test/resources/yahoo/YahooFinance-XLK-PT1D-20190102_20260710.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void backtestTakesTheSymbolFromTheNameAndADailyBarPerCandle() throws IOException {
        JsonNode candles = JSON.readTree(XLK.toFile()).get("candles");
        Path out = temp.resolve("report");

        CommandRun run = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", XLK.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode data = JSON.readTree(out.resolve("report.json").toFile()).get("data");
        assertThat(data.get("symbols").get(0).asText()).isEqualTo("XLK");
        assertThat(data.get("interval").asText()).isEqualTo("daily");
        assertThat(data.get("bars").asInt()).isEqualTo(candles.size());
        assertThat(data.get("firstBar").asText()).isEqualTo(day(candles.get(0)).toString()).isEqualTo("2019-01-02");
        assertThat(data.get("lastBar").asText()).isEqualTo(day(candles.get(candles.size() - 1)).toString());
    }

    @Test
    void indicatorsWritesEachCandleAsADailyRowWithItsIndicators() throws IOException {
        JsonNode candles = JSON.readTree(XLK.toFile()).get("candles");
        Path out = temp.resolve("xlk.csv");

        CommandRun run = CommandRun.of("indicators", "--data", XLK.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(candles.size() + 1);
        assertThat(lines.getFirst()).startsWith("date,open,high,low,close,volume,sma_20,");
        for (int i : new int[] {0, 1, 500, candles.size() - 1}) {
            JsonNode c = candles.get(i);
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(cells[0]).isEqualTo(day(c).toString());
            assertThat(new BigDecimal(cells[1])).isEqualByComparingTo(c.get("open").asText());
            assertThat(new BigDecimal(cells[2])).isEqualByComparingTo(c.get("high").asText());
            assertThat(new BigDecimal(cells[3])).isEqualByComparingTo(c.get("low").asText());
            assertThat(new BigDecimal(cells[4])).isEqualByComparingTo(c.get("close").asText());
            assertThat(new BigDecimal(cells[5])).isEqualByComparingTo(c.get("volume").asText());
        }
        // obv: 0 on the first row, then +/- the volume as the close rises or falls
        int obv = List.of(lines.getFirst().split(",")).indexOf("obv");
        long expected = 0;
        for (int i = 1; i < candles.size(); i++) {
            int move = new BigDecimal(candles.get(i).get("close").asText())
                    .compareTo(new BigDecimal(candles.get(i - 1).get("close").asText()));
            expected += move * Long.parseLong(candles.get(i).get("volume").asText());
        }
        assertThat(Double.parseDouble(lines.getLast().split(",", -1)[obv])).isEqualTo((double) expected);
    }

    @Test
    void refusesACandleThatIsNoBarNamingFileAndCandle() throws IOException {
        Path spoiled = temp.resolve("YahooFinance-XLK-PT1D-spoiled.json");
        Files.writeString(spoiled, "{\"candles\":[{\"start\":\"1546439400\",\"low\":\"28\",\"high\":\"29\",\"open\":\"28.5\","
                + "\"close\":\"28.9\",\"volume\":\"100\"},{\"start\":\"1546525800\",\"low\":\"27\",\"high\":\"n/a\","
                + "\"open\":\"28\",\"close\":\"27.5\",\"volume\":\"100\"}]}");
        Path out = temp.resolve("report");

        CommandRun run = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", spoiled.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(spoiled + ": candle 2: high 'n/a' is not a non-negative decimal");
        assertThat(out).doesNotExist();
    }

    private static LocalDate day(JsonNode candle) {
        return Instant.ofEpochSecond(Long.parseLong(candle.get("start").asText())).atZone(ZoneId.of("America/New_York"))
                .toLocalDate();
    }
}
