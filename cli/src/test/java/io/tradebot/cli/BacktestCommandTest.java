package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest} end to end on the real bundled bars: both report files, their fields, and byte-identical reruns. */
class BacktestCommandTest {

    /** strategy-core's real bars: AAPL_data.csv, AMD_data.csv (daily) and nt-spy-minute-2011-03.csv (NinjaTrader). */
    static final Path MARKETDATA = Path.of("../strategy-core/src/test/resources/marketdata");
    static final Path BARS = Path.of("src/test/resources/bars");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static JsonNode json(Path out) throws IOException {
        return JSON.readTree(out.resolve("report.json").toFile());
    }

    @Test
    void writesBothReportsForDailyBarsOfTwoSymbols() throws IOException {
        Path out = temp.resolve("report");
        CommandRun run = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data", MARKETDATA.toString(),
                "--symbols", "AAPL,AMD", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Backtest ma-crossover on AAPL, AMD: 2518 bars").contains("report.html");
        JsonNode report = json(out);
        assertThat(report.get("strategy").asText()).isEqualTo("ma-crossover");
        assertThat(report.get("parameters").get("slow").asText()).isEqualTo("50");
        assertThat(report.get("data").get("interval").asText()).isEqualTo("daily");
        assertThat(report.get("assumptions")).hasSize(8);
        JsonNode metrics = report.get("metrics");
        for (String field : List.of("initialCash", "finalEquity", "totalReturn", "cagr", "sharpe", "sortino", "calmar",
                "winRate", "profitFactor", "exposure", "trades", "commission")) {
            assertThat(metrics.get(field)).as(field).isNotNull();
            assertThat(metrics.get(field).isNumber()).as(field).isTrue();
        }
        JsonNode drawdown = metrics.get("maxDrawdown");
        assertThat(drawdown.get("depth").asDouble()).isBetween(0.0, 1.0);
        assertThat(drawdown.get("peak").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(drawdown.get("trough").asText()).isGreaterThan(drawdown.get("peak").asText());
        assertThat(drawdown.has("recovery")).isTrue();
        assertThat(metrics.get("conventions").get("periodsPerYear").asInt()).isEqualTo(252);

        JsonNode trades = report.get("trades");
        assertThat(trades.size()).isEqualTo(metrics.get("trades").asInt()).isGreaterThan(10);
        BigDecimal pnl = BigDecimal.ZERO;
        for (JsonNode trade : trades) {
            for (String field : List.of("symbol", "side", "entryTime", "entryPrice", "exitTime", "exitPrice", "quantity",
                    "pnl", "commission", "entryReason", "exitReason")) {
                assertThat(trade.get(field)).as(field).isNotNull();
            }
            pnl = pnl.add(trade.get("pnl").decimalValue());
        }
        assertThat(metrics.get("finalEquity").decimalValue().subtract(new BigDecimal("100000")).subtract(pnl).abs())
                .isLessThan(new BigDecimal("0.001"));
        assertThat(report.get("perSymbol")).extracting(s -> s.get("symbol").asText()).containsExactly("AAPL", "AMD");
        assertThat(report.get("perSymbol").get(0).get("trades").asInt() + report.get("perSymbol").get(1).get("trades")
                .asInt()).isEqualTo(trades.size());
        assertThat(report.get("equityCurve")).hasSize(1259);
        assertThat(report.get("equityCurve").get(0).get("time").asText()).isEqualTo("2013-02-08");

        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Assumptions").contains("IBKR Pro fixed")
                .contains("Max drawdown").contains("Per symbol").contains("ma-crossover:AMD:");
        assertThat(html.split("<svg ", -1)).hasSize(1 + 4); // equity, drawdown, a price chart per symbol
        assertThat(html.split("<polygon points=", -1).length - 1).isEqualTo(trades.size()); // one entry marker each
    }

    @Test
    void theHtmlReportReferencesNothingOutsideItself() throws IOException {
        Path out = temp.resolve("report");
        CommandRun run = CommandRun.of("backtest", "--strategy", "rsi-mean-reversion", "--data",
                MARKETDATA.resolve("AMD_data.csv").toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
                .doesNotContainIgnoringCase("src=").doesNotContainIgnoringCase("href=")
                .doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link");
    }

    @Test
    void theSameRunTwiceWritesByteIdenticalReports() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        for (Path out : List.of(first, second)) {
            CommandRun run = CommandRun.of("backtest", "--strategy", "mixed", "--data", MARKETDATA.toString(),
                    "--symbols", "AMD,AAPL", "--param", "quorum=1", "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(Files.readAllBytes(second.resolve("report.json"))).isEqualTo(Files.readAllBytes(first.resolve("report.json")));
        assertThat(Files.readAllBytes(second.resolve("report.html"))).isEqualTo(Files.readAllBytes(first.resolve("report.html")));
        assertThat(json(first).get("parameters").get("quorum").asText()).isEqualTo("1");
    }

    @Test
    void runsMacdVwapOnTheBundledNinjaTraderMinutesWithinTheDateRange() throws IOException {
        Path out = temp.resolve("spy");
        CommandRun run = CommandRun.of("backtest", "--strategy", "macd-vwap", "--data",
                MARKETDATA.resolve("nt-spy-minute-2011-03.csv").toString(), "--from", "2011-03-07", "--to", "2011-03-11",
                "--param", "fast=12", "slow=26", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = json(out);
        assertThat(report.get("data").get("symbols").get(0).asText()).isEqualTo("SPY");
        assertThat(report.get("data").get("interval").asText()).isEqualTo("intraday");
        assertThat(report.get("data").get("firstBar").asText()).startsWith("2011-03-07 ");
        assertThat(report.get("data").get("lastBar").asText()).startsWith("2011-03-11 ");
        assertThat(report.get("metrics").get("sessions").asInt()).isEqualTo(5);
        assertThat(report.get("trades").size()).isGreaterThan(5);
        for (JsonNode trade : report.get("trades")) {
            assertThat(trade.get("entryTime").asText()).isBetween("2011-03-07 09:30:00", "2011-03-11 16:00:00");
            // macd-vwap is flat before each session's close: every trade ends on the day it started
            assertThat(trade.get("exitTime").asText()).startsWith(trade.get("entryTime").asText().substring(0, 10));
        }
    }

    @Test
    void joinsSeveralFilesOfOneSymbolInFileNameOrder() throws IOException {
        Path out = temp.resolve("ib");
        CommandRun run = CommandRun.of("backtest", "--strategy", "rsi-mean-reversion", "--data", BARS.toString(),
                "--symbols", "SPY", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode data = json(out).get("data");
        assertThat(data.get("files")).hasSize(3);
        assertThat(data.get("bars").asInt()).isEqualTo(166 + 168 + 168);
        assertThat(data.get("firstBar").asText()).isEqualTo("2012-06-27 10:10:00");
    }

    @Test
    void anExistingReportDirectoryGetsBothFilesReplacedAndKeepsTheRest() throws IOException {
        Path out = Files.createDirectory(temp.resolve("existing"));
        Files.writeString(out.resolve("report.json"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");
        CommandRun run = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data",
                MARKETDATA.resolve("AAPL_data.csv").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("report.json"))).startsWith("{\"strategy\":\"ma-crossover\"");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).containsExactly(out); // no temp directory left beside it
        }
    }

    @Test
    void drawsAProgressBarOnStderrOnlyWhenAsked() {
        CommandRun quiet = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data",
                MARKETDATA.resolve("AAPL_data.csv").toString(), "--out", temp.resolve("a").toString());
        CommandRun shown = CommandRun.of("backtest", "--strategy", "ma-crossover", "--data",
                MARKETDATA.resolve("AAPL_data.csv").toString(), "--out", temp.resolve("b").toString(), "--progress");
        assertThat(quiet.err()).isEmpty();
        assertThat(shown.err()).contains("] 50% 630/1259 bars").contains("] 100% 1259/1259 bars");
    }
}
