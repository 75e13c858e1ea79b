package io.tradebot.screener.fundamental.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.count;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.row;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.screener.fundamental.service.ModelScheduler;
import io.tradebot.screener.fundamental.service.ModelService;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Training the per-company models on demand and on the schedule, on made-up bars of ACME whose expected
 * models are worked out here with {@link ClosedForm}: 400 weekdays of daily closes and every 5-minute bar
 * of the last 40 weekdays, all served also after the as-of date (which the models must not see).
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class ModelResourceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate AS_OF = LocalDate.parse("2017-06-28");
    private static final List<LocalDate> DAYS = weekdays(LocalDate.parse("2016-01-04"), LocalDate.parse("2017-07-07"));
    /** The 5-minute bars' sessions: the last 40 weekdays of {@link #DAYS}. */
    private static final List<LocalDate> INTRADAY_DAYS = DAYS.subList(DAYS.size() - 40, DAYS.size());

    IbkrClientStandIn ibkr;

    @Inject
    DataSource db;

    @Inject
    ModelScheduler scheduler;

    @BeforeEach
    void serveAcme() {
        ibkr.reset();
        ibkr.clock(Instant.parse("2017-07-10T15:00:00Z"), LocalDate.parse("2017-07-10"), "REGULAR");
        ibkr.bars("ACME", "1day", dailyJson());
        ibkr.bars("ACME", "5min", fiveMinuteJson());
    }

    @Test
    void trainsTheHourAndDayModelsFromStoredBarsAsOfTheClose() throws Exception {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/models/train?asOf=" + AS_OF + "&symbols=ACME")
                .then().statusCode(200).body("symbols", equalTo(1)).body("models", equalTo(4));

        JsonNode models = new ObjectMapper().readTree(given().auth().oauth2(token("VIEWER")).get("/api/v1/models/ACME")
                .then().statusCode(200).extract().asString());
        assertThat(models).hasSize(4);
        int asOf = DAYS.indexOf(AS_OF);
        double[] dayReturns = new double[250];
        for (int k = 0; k < 250; k++) {
            dayReturns[k] = dailyClose(asOf - 249 + k) / dailyClose(asOf - 250 + k) - 1;
        }
        assertModels(models, "DAY", ClosedForm.models(dayReturns, 0.5), 249,
                DAYS.get(asOf - 250).atTime(9, 30).atZone(NEW_YORK).toInstant());

        List<Double> hourCloses = new ArrayList<>();
        int lastIntraday = INTRADAY_DAYS.indexOf(AS_OF);
        for (int d = lastIntraday - 19; d <= lastIntraday; d++) {
            // The hours 09:30, 10:30, ... 14:30 end with the bars at 10:25 ... 15:25 (indices 11 ... 71), the half hour at 15:55.
            for (int bar : new int[] { 11, 23, 35, 47, 59, 71, 77 }) {
                hourCloses.add(fiveMinuteClose(d, bar));
            }
        }
        double[] hourReturns = new double[hourCloses.size() - 1];
        for (int k = 1; k < hourCloses.size(); k++) {
            hourReturns[k - 1] = hourCloses.get(k) / hourCloses.get(k - 1) - 1;
        }
        assertModels(models, "HOUR", ClosedForm.models(hourReturns, 0.5), 20 * 7 - 2,
                INTRADAY_DAYS.get(lastIntraday - 19).atTime(9, 30).atZone(NEW_YORK).toInstant());

        // The bars trained on are stored, and nothing after the as-of session is used (or stored from a request for it).
        assertThat(row(db, "select max(ts) from market_bar where symbol = 'ACME' and bar_size = '5min'"))
                .startsWith(AS_OF + " 19:55");
        assertThat(count(db, "select count(*) from market_bar where symbol = 'ACME' and bar_size = '1day' and ts > ?",
                AS_OF.atTime(23, 0))).isZero();
        assertThat(count(db, "select count(*) from company_model where symbol = 'ACME' and session > ?", AS_OF)).isZero();
    }

    @Test
    void trainingTheSameWindowAgainAddsNothingAndAnotherSessionAddsAWindow() {
        LocalDate day = LocalDate.parse("2017-06-22");
        given().auth().oauth2(token("service")).post("/api/v1/models/train?asOf=" + day + "&symbols=ACME")
                .then().statusCode(200);
        String rows = row(db, "select group_concat(concat_ws('|', id, horizon, kind, window_start, window_end, parameters,"
                + " metrics, trained_at) order by id) from company_model where symbol = 'ACME' and session = ?", day);

        given().auth().oauth2(token("service")).post("/api/v1/models/train?asOf=" + day + "&symbols=ACME")
                .then().statusCode(200).body("models", equalTo(4)).body("added", equalTo(0));

        assertThat(row(db, "select group_concat(concat_ws('|', id, horizon, kind, window_start, window_end, parameters,"
                + " metrics, trained_at) order by id) from company_model where symbol = 'ACME' and session = ?", day))
                .isEqualTo(rows);
        given().auth().oauth2(token("service")).post("/api/v1/models/train?asOf=2017-06-23&symbols=ACME")
                .then().statusCode(200).body("added", equalTo(4));
    }

    @Test
    void aSymbolWithoutBarsGetsNoModelAndSaysWhy() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/models/train?asOf=" + AS_OF + "&symbols=NONE")
                .then().statusCode(200).body("models", equalTo(0))
                .body("untrained.NONE.'DAY/REGRESSION'", equalTo("0 day closes are too few to train on"))
                .body("untrained.NONE.'HOUR/MARKOV'", equalTo("0 hour closes are too few to train on"));
        given().auth().oauth2(token("ADMIN")).get("/api/v1/models/NONE").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusesBadDatesAndCallersWithoutTheRole() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/models/train").then().statusCode(400)
                .body("detail", containsString("asOf is required"));
        given().auth().oauth2(token("ADMIN")).post("/api/v1/models/train?asOf=2017-13-01").then().statusCode(400);
        given().auth().oauth2(token("ADMIN")).post("/api/v1/models/train?asOf=2017-07-08").then().statusCode(400)
                .body("detail", containsString("saturday"));
        given().auth().oauth2(token("ADMIN")).post("/api/v1/models/train?asOf=2017-07-10").then().statusCode(400)
                .body("detail", containsString("has not closed yet"));
        given().auth().oauth2(token("ADMIN")).post("/api/v1/models/train?asOf=" + AS_OF + "&symbols=AC;ME")
                .then().statusCode(400);
        given().auth().oauth2(token("TRADER")).post("/api/v1/models/train?asOf=" + AS_OF).then().statusCode(403);
        given().post("/api/v1/models/train?asOf=" + AS_OF).then().statusCode(401);
        given().get("/api/v1/models/ACME").then().statusCode(401);
    }

    @Test
    void theScheduleTrainsTheConfiguredSymbolsOnceAfterTheClose() {
        LocalDate friday = LocalDate.parse("2017-06-30");
        ibkr.clock(Instant.parse("2017-06-30T20:29:00Z"), friday, "POST");
        assertThat(scheduler.retrainIfDue()).isEmpty();

        ibkr.clock(Instant.parse("2017-06-30T20:30:00Z"), friday, "POST");
        Optional<ModelService.TrainingSummary> trained = scheduler.retrainIfDue();

        assertThat(trained).isPresent();
        assertThat(trained.get().asOf()).isEqualTo(friday);
        assertThat(trained.get().symbols()).isEqualTo(2);
        assertThat(trained.get().untrained()).containsOnlyKeys("NONE");
        assertThat(count(db, "select count(*) from company_model where symbol = 'ACME' and session = ?", friday)).isEqualTo(4);
        assertThat(scheduler.retrainIfDue()).isEmpty();
    }

    private static void assertModels(JsonNode models, String horizon, double[] expected, int observations,
            Instant windowStart) {
        JsonNode regression = find(models, horizon, "REGRESSION");
        assertThat(regression.get("session").asText()).isEqualTo(AS_OF.toString());
        assertThat(regression.get("observations").asInt()).isEqualTo(observations);
        assertThat(Instant.parse(regression.get("windowStart").asText())).isEqualTo(windowStart);
        assertThat(regression.get("parameters").get("intercept").asDouble()).isCloseTo(expected[0], within(1e-12));
        assertThat(regression.get("parameters").get("coefficients").get(0).asDouble()).isCloseTo(expected[1], within(1e-9));
        assertThat(regression.get("parameters").get("prediction").asDouble()).isCloseTo(expected[2], within(1e-12));
        assertThat(regression.get("metrics").get("r2").asDouble()).isBetween(0.0, 1.0);
        JsonNode markov = find(models, horizon, "MARKOV");
        assertThat(markov.get("observations").asInt()).isEqualTo(observations);
        assertThat(markov.get("parameters").get("adverseProbability").asDouble()).isCloseTo(expected[3], within(1e-12));
        assertThat(markov.get("trainedAt").asText()).isNotBlank();
    }

    private static JsonNode find(JsonNode models, String horizon, String kind) {
        for (JsonNode m : models) {
            if (m.get("horizon").asText().equals(horizon) && m.get("kind").asText().equals(kind)) {
                return m;
            }
        }
        throw new AssertionError("no " + horizon + "/" + kind + " model in " + models);
    }

    private static double dailyClose(int day) {
        double close = 100;
        for (int t = 1; t <= day; t++) {
            close *= 1 + 0.012 * Math.sin(t * 0.7) + 0.005 * Math.cos(t * 1.3) + 0.0004;
        }
        return Math.round(close * 10_000) / 10_000.0;
    }

    private static double fiveMinuteClose(int day, int bar) {
        int k = day * 78 + bar;
        return Math.round((50 + 2 * Math.sin(k * 0.37) + Math.cos(k * 0.011) + 0.3 * Math.sin(k * 2.9)) * 10_000) / 10_000.0;
    }

    private static String dailyJson() {
        List<String> bars = new ArrayList<>();
        for (int d = 0; d < DAYS.size(); d++) {
            bars.add(bar(DAYS.get(d).atTime(9, 30), "1day", dailyClose(d)));
        }
        return "[" + String.join(",", bars) + "]";
    }

    private static String fiveMinuteJson() {
        List<String> bars = new ArrayList<>();
        for (int d = 0; d < INTRADAY_DAYS.size(); d++) {
            for (int b = 0; b < 78; b++) {
                bars.add(bar(INTRADAY_DAYS.get(d).atTime(LocalTime.of(9, 30).plusMinutes(5L * b)), "5min", fiveMinuteClose(d, b)));
            }
        }
        return "[" + String.join(",", bars) + "]";
    }

    private static String bar(java.time.LocalDateTime start, String size, double close) {
        return "{\"start\":\"%s\",\"size\":\"%s\",\"open\":%s,\"high\":%s,\"low\":%s,\"close\":%s,\"volume\":1000,\"derived\":true}"
                .formatted(start.atZone(NEW_YORK).toInstant(), size, close, close, close, close);
    }

    private static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }
}
