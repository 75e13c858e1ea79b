package io.tradebot.screener.fundamental.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.devkit.IbkrRoute.BARS;
import static io.tradebot.devkit.IbkrRoute.TOP_GAINERS;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.count;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.row;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.IbkrRequest;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the real bundled data: the stand-in serves ibkr-client's bundled daily bars,
 * fundamentals and (worked out here) top gainers; the expected z-scores are computed here with plain
 * loops over the daily CSV files, and the expected survivors of each stage with the default settings
 * (EPS > 0, P/E 0..50, market cap ≥ $2 bn, N = 60, k = 2, 3 entries).
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class BundledDataScreenResourceTest {

    private static final BigDecimal MIN_PRICE = new BigDecimal("5");
    private static final long MIN_VOLUME = 1_000_000;
    private static final int N = 60;
    /** The DAY models' window (returns) and the Markov chain's flat band (σ), as configured by default. */
    private static final int DAY_WINDOW = 250;
    private static final double FLAT_BAND = 0.5;
    private static final String[] EXPECTED_1027 = { "INTC", "MSFT", "GOOG" };
    private static BundledMarketData data;

    IbkrClientStandIn ibkr;

    @Inject
    DataSource db;

    @BeforeAll
    static void readTheBundledFiles() {
        data = BundledMarketData.load();
        assertThat(data.daily).hasSize(43);
    }

    @BeforeEach
    void serveTheBundledData() {
        ibkr.reset();
        ibkr.clock(Instant.parse("2018-02-08T15:00:00Z"), LocalDate.parse("2018-02-08"), "REGULAR");
        for (String symbol : data.daily.keySet()) {
            // Every bar, also those after the screened day: the screen must not look past its date.
            ibkr.bars(symbol, data.barsJson(symbol));
            // No 5-minute bars: the HOUR models cannot be trained, and the entries must say so.
            ibkr.bars(symbol, "5min", "[]");
            if (data.fundamentals.containsKey(symbol)) {
                ibkr.fundamentals(symbol, data.fundamentalsJson(symbol));
            }
        }
    }

    @Test
    void screensTheTwentySeventhOfOctober2017AsOfItsClose() throws Exception {
        List<Expected> expected = expectations(LocalDate.parse("2017-10-27"));
        // Hand-checked: AMZN (+13.2 %, z 13.7) fails on P/E 172.66, CAT on its missing EPS; six pass k = 2
        // (INTC, MSFT, GOOG, GOOGL, FB, AAPL) and the best three by z + predicted next-day return / σ are written.
        assertThat(expected.stream().map(Expected::symbol)).containsExactly(EXPECTED_1027);

        screenAndCompare(LocalDate.parse("2017-10-27"), expected, 6);
        assertThat(row(db, "select json_unquote(json_extract(stages, '$.rejected.AMZN')) from screen_run"
                + " where trade_date = '2017-10-27'")).startsWith("fundamentals: P/E 172.66");
        for (String symbol : List.of("INTC", "MSFT", "GOOG", "GOOGL", "FB", "AAPL")) {
            if (!List.of(EXPECTED_1027).contains(symbol)) {
                assertThat(row(db, "select json_unquote(json_extract(stages, '$.rejected." + symbol + "')) from screen_run"
                        + " where trade_date = '2017-10-27'")).startsWith("ranked: score ").endsWith(" is below the best 3");
            }
        }
    }

    @Test
    void screensTheFifthOfJanuary2018WhereTheStandardDeviationFilterDropsMastercard() throws Exception {
        List<Expected> expected = expectations(LocalDate.parse("2018-01-05"));
        // Hand-checked: BA z 3.85 and V z 2.40 pass; MA (+2.07 %) has z 1.90 < 2; NFLX fails on P/E 328.91.
        assertThat(expected.stream().map(Expected::symbol)).containsExactly("BA", "V");

        screenAndCompare(LocalDate.parse("2018-01-05"), expected, 2);
        assertThat(row(db, "select json_unquote(json_extract(stages, '$.rejected.MA')) from screen_run"
                + " where trade_date = '2018-01-05'")).startsWith("std: z 1.89");
    }

    @Test
    void aRerunForTheSameDateChangesNothing() {
        LocalDate day = LocalDate.parse("2018-02-06");
        serveScan(day);
        String first = given().auth().oauth2(token("service")).post("/api/v1/screens/fundamental/run?date=" + day)
                .then().statusCode(200).extract().asString();
        String rows = row(db, "select group_concat(concat_ws('|', id, symbol, score, reasons, status, created_at)"
                + " order by id) from watchlist_entry where trade_date = ?", day);
        String run = row(db, "select concat_ws('|', id, inputs, stages, candidates, passed, started_at, finished_at)"
                + " from screen_run where trade_date = ?", day);
        int scans = ibkr.requests(TOP_GAINERS).size();

        String second = given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=" + day)
                .then().statusCode(200).extract().asString();

        assertThat(second).isEqualTo(first);
        assertThat(ibkr.requests(TOP_GAINERS)).hasSize(scans);
        assertThat(row(db, "select group_concat(concat_ws('|', id, symbol, score, reasons, status, created_at)"
                + " order by id) from watchlist_entry where trade_date = ?", day)).isEqualTo(rows);
        assertThat(row(db, "select concat_ws('|', id, inputs, stages, candidates, passed, started_at, finished_at)"
                + " from screen_run where trade_date = ?", day)).isEqualTo(run);
        assertThat(count(db, "select count(*) from watchlist_entry where trade_date = ?", day)).isEqualTo(3);
    }

    private void screenAndCompare(LocalDate day, List<Expected> expected, int passedStd) throws Exception {
        List<BundledMarketData.Gainer> scan = data.topGainers(day, MIN_PRICE, MIN_VOLUME, 20);
        long positive = scan.stream().filter(g -> g.changePct().signum() > 0).count();
        long profitable = scan.stream().filter(g -> g.changePct().signum() > 0).filter(g -> passesFundamentals(g.symbol())).count();
        serveScan(day);

        String body = given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=" + day)
                .then().statusCode(200).contentType("application/json").extract().asString();

        JsonNode summary = new ObjectMapper().readTree(body);
        assertThat(summary.get("tradeDate").asText()).isEqualTo(day.toString());
        assertThat(summary.get("candidates").asInt()).isEqualTo(scan.size());
        assertThat(summary.get("passed").asInt()).isEqualTo(expected.size());
        JsonNode passed = summary.get("stages").get("passed");
        assertThat(passed.get("scanned").asInt()).isEqualTo(scan.size());
        assertThat(passed.get("gainers").asLong()).isEqualTo(positive);
        assertThat(passed.get("fundamentals").asLong()).isEqualTo(profitable);
        assertThat(passed.get("std").asInt()).isEqualTo(passedStd);
        assertThat(passed.get("continuation").asInt()).isEqualTo(passedStd);
        assertThat(passed.get("written").asInt()).isEqualTo(expected.size());
        JsonNode continuation = summary.get("stages").get("continuation");
        assertThat(continuation.get("withAllModels").asInt()).isZero();
        assertThat(continuation.get("withMissingModels").asInt()).isEqualTo(passedStd);
        assertThat(continuation.get("trainedOnTheFly").asInt()).isEqualTo(passedStd);
        assertThat(ibkr.requests(TOP_GAINERS).getLast().query())
                .containsEntry("asOf", day.atTime(16, 0).atZone(java.time.ZoneId.of("America/New_York")).toInstant().toString());
        IbkrRequest bars = ibkr.requests(BARS).stream().filter(r -> !"5min".equals(r.query().get("size")))
                .filter(r -> day.toString().equals(r.query().get("to"))).toList().getLast();
        assertThat(bars.query()).containsEntry("size", "1day").containsEntry("to", day.toString());
        assertThat(LocalDate.parse(bars.query().get("from"))).isBefore(day.minusDays(90));

        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            JsonNode entry = summary.get("entries").get(i);
            assertThat(entry.get("symbol").asText()).isEqualTo(e.symbol());
            assertThat(entry.get("source").asText()).isEqualTo("FUNDAMENTAL");
            assertThat(entry.get("status").asText()).isEqualTo("NEW");
            assertThat(entry.get("score").decimalValue())
                    .isEqualByComparingTo(BigDecimal.valueOf(e.score()).setScale(6, RoundingMode.HALF_UP));
            JsonNode reasons = new ObjectMapper().readTree(row(db, "select reasons from watchlist_entry"
                    + " where source = 'FUNDAMENTAL' and symbol = ? and trade_date = ?", e.symbol(), day));
            JsonNode std = reasons.get("std");
            assertThat(std.get("return").asDouble()).isCloseTo(e.z()[0], within(1e-12));
            assertThat(std.get("mean").asDouble()).isCloseTo(e.z()[1], within(1e-12));
            assertThat(std.get("sigma").asDouble()).isCloseTo(e.z()[2], within(1e-12));
            assertThat(std.get("z").asDouble()).isCloseTo(e.z()[3], within(1e-9));
            assertThat(std.get("window").asInt()).isEqualTo(N);
            assertThat(std.get("sigmaKind").asText()).isEqualTo("population");
            assertThat(reasons.get("rank").asInt()).isEqualTo(i + 1);
            assertContinuation(reasons, e, day);
            assertThat(reasons.get("session").asText()).isEqualTo(day.toString());
            JsonNode f = reasons.get("fundamentals");
            assertThat(f.get("eps").decimalValue()).isEqualByComparingTo(data.fundamental(e.symbol(), 6));
            assertThat(f.get("pe").decimalValue()).isEqualByComparingTo(data.fundamental(e.symbol(), 5));
            assertThat(f.get("marketCap").decimalValue())
                    .isEqualByComparingTo(BundledMarketData.billions(data.fundamental(e.symbol(), 10)));
            assertThat(f.get("asOf").asText()).isEqualTo("2017-03-08");
            assertThat(row(db, "select eps from fundamentals where symbol = ? and as_of = '2017-03-08'", e.symbol()))
                    .isEqualTo(data.fundamental(e.symbol(), 6).setScale(6).toPlainString());
        }
        assertThat(count(db, "select count(*) from watchlist_entry where trade_date = ?", day)).isEqualTo(expected.size());
        assertThat(count(db, "select count(*) from screen_run where trade_date = ?", day)).isEqualTo(1);
    }

    /** Serves the top 20 gainers of {@code day} as ibkr-client's scanner would report them. */
    private void serveScan(LocalDate day) {
        List<BundledMarketData.Gainer> scan = data.topGainers(day, MIN_PRICE, MIN_VOLUME, 20);
        ibkr.topGainers("[" + scan.stream().map(g -> IbkrClientStandIn.gainer(g.symbol(), day.toString(),
                g.previousClose().toPlainString(), g.close().toPlainString(), g.changePct().toPlainString(), g.volume()))
                .collect(Collectors.joining(",")) + "]");
    }

    /** The DAY models' outputs in the entry's reasons and in company_model; the HOUR models are missing. */
    private void assertContinuation(JsonNode reasons, Expected e, LocalDate day) {
        JsonNode c = reasons.get("continuation");
        assertThat(c.get("predictedNextDayReturn").asDouble()).isCloseTo(e.day()[2], within(1e-12));
        assertThat(c.get("adverseProbabilityDay").asDouble()).isCloseTo(e.day()[3], within(1e-12));
        assertThat(c.get("continuation").asDouble()).isCloseTo(e.day()[2] / e.z()[2], within(1e-9));
        assertThat(c.get("predictedNextHourReturn").isNull()).isTrue();
        assertThat(c.get("adverseProbabilityHour").isNull()).isTrue();
        assertThat(c.get("missing").get("HOUR/REGRESSION").asText())
                .isEqualTo("no model trained through " + day + ": 0 hour closes are too few to train on");
        JsonNode regression = c.get("models").get("DAY/REGRESSION");
        assertThat(regression.get("session").asText()).isEqualTo(day.toString());
        assertThat(regression.get("observations").asInt()).isEqualTo(DAY_WINDOW - 1);
        assertThat(regression.get("intercept").asDouble()).isCloseTo(e.day()[0], within(1e-12));
        assertThat(regression.get("coefficients").get(0).asDouble()).isCloseTo(e.day()[1], within(1e-9));
        assertThat(regression.get("metrics").get("r2").isNumber()).isTrue();
        assertThat(regression.get("trainedAt").asText()).isNotBlank();
        assertThat(row(db, "select concat_ws('|', observations, session, date(convert_tz(window_start, '+00:00', '-05:00')))"
                + " from company_model where symbol = ? and horizon = 'DAY' and kind = 'REGRESSION' and session = ?",
                e.symbol(), day)).isEqualTo((DAY_WINDOW - 1) + "|" + day + "|" + data.windowStart(e.symbol(), day, DAY_WINDOW));
        assertThat(reasons.get("scoreFormula").asText()).isEqualTo("std.z + continuation.predictedNextDayReturn / std.sigma");
    }

    /** The survivors of every stage, worked out from the CSV files, best score (z + next-day prediction / σ) first, at most 3. */
    private static List<Expected> expectations(LocalDate day) {
        return data.topGainers(day, MIN_PRICE, MIN_VOLUME, 20).stream()
                .filter(g -> g.changePct().signum() > 0)
                .filter(g -> passesFundamentals(g.symbol()))
                .map(g -> new Expected(g.symbol(), data.zScore(g.symbol(), day, N),
                        data.dayModels(g.symbol(), day, DAY_WINDOW, FLAT_BAND)))
                .filter(e -> e.z()[3] >= 2)
                .sorted(Comparator.comparingDouble(Expected::score).reversed())
                .limit(3)
                .toList();
    }

    private static boolean passesFundamentals(String symbol) {
        if (!data.fundamentals.containsKey(symbol)) {
            return false;
        }
        BigDecimal eps = data.fundamental(symbol, 6);
        BigDecimal pe = data.fundamental(symbol, 5);
        BigDecimal cap = BundledMarketData.billions(data.fundamental(symbol, 10));
        return eps != null && eps.signum() > 0 && pe != null && pe.signum() >= 0 && pe.compareTo(new BigDecimal("50")) <= 0
                && cap != null && cap.compareTo(new BigDecimal("2000000000")) >= 0;
    }

    /** z = {return, mean, σ, z}; day = {intercept, slope, predicted next-day return, P(down next day)}. */
    private record Expected(String symbol, double[] z, double[] day) {

        double score() {
            return z[3] + day[2] / z[2];
        }
    }
}
