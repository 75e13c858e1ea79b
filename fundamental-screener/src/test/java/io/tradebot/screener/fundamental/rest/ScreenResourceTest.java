package io.tradebot.screener.fundamental.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.devkit.IbkrClientStandIn.gainer;
import static io.tradebot.devkit.IbkrRoute.FUNDAMENTALS;
import static io.tradebot.devkit.IbkrRoute.TOP_GAINERS;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.count;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.fundamentals;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.row;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The on-demand endpoint's contract: as-of instant, roles, bad dates, upstream failures, reading a screen back. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class ScreenResourceTest {

    IbkrClientStandIn ibkr;

    @Inject
    DataSource db;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void clockAtTheEndOf2024() {
        ibkr.reset();
        ibkr.clock(Instant.parse("2024-12-31T15:00:00Z"), LocalDate.parse("2024-12-31"), "REGULAR");
    }

    @Test
    void runScansAsOfTheDatesCloseInWinterAndSummerTime() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-04")
                .then().statusCode(200)
                .body("tradeDate", equalTo("2024-03-04")).body("candidates", equalTo(0)).body("passed", equalTo(0))
                .body("stages.passed.scanned", equalTo(0)).body("stages.passed.written", equalTo(0));
        assertThat(ibkr.requests(TOP_GAINERS).getLast().query()).containsEntry("asOf", "2024-03-04T21:00:00Z")
                .containsEntry("limit", "20").containsEntry("minPrice", "5").containsEntry("minVolume", "1000000");
        assertThat(ibkr.requests(TOP_GAINERS).getLast().authorization()).startsWith("Bearer ");

        given().auth().oauth2(token("service")).post("/api/v1/screens/fundamental/run?date=2024-07-02")
                .then().statusCode(200);
        assertThat(ibkr.requests(TOP_GAINERS).getLast().query()).containsEntry("asOf", "2024-07-02T20:00:00Z");
        assertThat(count(db, "select count(*) from screen_run where trade_date in ('2024-03-04', '2024-07-02')")).isEqualTo(2);
        assertThat(row(db, "select json_unquote(json_extract(inputs, '$.rule')) from screen_run where trade_date = '2024-07-02'"))
                .isEqualTo("gainer-fundamentals-std-models");
    }

    @Test
    void eachStageRecordsWhyItDroppedACandidate() {
        ibkr.topGainers("[" + String.join(",",
                gainer("NOFUND", "2024-03-05", "10.00", "13.00", "30.00", 5_000_000),
                gainer("LOSS", "2024-03-05", "20.00", "24.00", "20.00", 3_000_000),
                gainer("NOHIST", "2024-03-05", "50.00", "55.00", "10.00", 2_000_000),
                gainer("OLD", "2024-03-04", "50.00", "60.00", "20.00", 2_000_000),
                gainer("DOWN", "2024-03-05", "20.00", "19.00", "-5.00", 4_000_000)) + "]");
        ibkr.fundamentals("LOSS", fundamentals("LOSS", "2024-03-01", "24", "-0.50", null, "9000000000", null, "1", "1", null));
        ibkr.fundamentals("NOHIST", fundamentals("NOHIST", "2024-03-01", "55", "2.00", "27.5", "9000000000", null, "1", "1", null));

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-05")
                .then().statusCode(200)
                .body("candidates", equalTo(5)).body("passed", equalTo(0))
                .body("stages.passed.gainers", equalTo(3))
                .body("stages.passed.fundamentals", equalTo(1))
                .body("stages.passed.std", equalTo(0))
                .body("stages.rejected.NOFUND", equalTo("fundamentals: no fundamentals"))
                .body("stages.rejected.LOSS", equalTo("fundamentals: EPS -0.50 is not above 0"))
                .body("stages.rejected.NOHIST", equalTo("std: fewer than 62 daily closes up to 2024-03-05, or no variation"));

        assertThat(ibkr.requests(FUNDAMENTALS)).hasSize(3);
        assertThat(count(db, "select count(*) from fundamentals where symbol in ('LOSS', 'NOHIST')")).isEqualTo(2);
        assertThat(count(db, "select count(*) from watchlist_entry where trade_date = '2024-03-05'")).isZero();
    }

    @Test
    void runRefusesADateWhoseCloseTheMarketClockHasNotReached() {
        // A minute before the 16:00 EDT close of 2024-04-02.
        ibkr.clock(Instant.parse("2024-04-02T19:59:00Z"), LocalDate.parse("2024-04-02"), "REGULAR");

        for (String date : new String[] { "2024-04-02", "2024-04-03", "2030-01-02" }) {
            given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=" + date)
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("date"))
                    .body("detail", containsString("has not closed yet"));
        }

        assertThat(ibkr.requests(TOP_GAINERS)).isEmpty();
        assertThat(count(db, "select count(*) from screen_run where trade_date in ('2024-04-02', '2024-04-03', '2030-01-02')"))
                .isZero();
    }

    @Test
    void runRefusesAWeekendNamingTheField() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-09")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("date"))
                .body("detail", containsString("saturday"));
        assertThat(ibkr.requests(TOP_GAINERS)).isEmpty();
    }

    @Test
    void runRequiresAToken() {
        given().post("/api/v1/screens/fundamental/run?date=2024-03-06").then().statusCode(401);
    }

    @Test
    void runIsForbiddenToViewersAndTraders() {
        given().auth().oauth2(token("VIEWER")).post("/api/v1/screens/fundamental/run?date=2024-03-06")
                .then().statusCode(403);
        given().auth().oauth2(token("TRADER")).post("/api/v1/screens/fundamental/run?date=2024-03-06")
                .then().statusCode(403);
        assertThat(count(db, "select count(*) from screen_run where trade_date = '2024-03-06'")).isZero();
    }

    @Test
    void runRejectsAMalformedOrMissingDateNamingTheField() {
        for (String query : new String[] { "?date=05/03/2024", "?date=2024-02-30", "?date=", "" }) {
            given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run" + query)
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("date"));
        }
        assertThat(ibkr.requests(TOP_GAINERS)).isEmpty();
    }

    @Test
    void runAnswers502AndWritesNothingWhenTheScanOrTheFundamentalsFail() {
        ibkr.fail(TOP_GAINERS, 500);
        try {
            given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-08")
                    .then().statusCode(502).contentType("application/problem+json")
                    .body("detail", containsString("ibkr-client"));
            ibkr.topGainers("[" + gainer("FAIL", "2024-03-08", "10", "12", "20", 2_000_000) + "]");
            ibkr.fail(FUNDAMENTALS, 500);
            given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-08")
                    .then().statusCode(502).contentType("application/problem+json");
        } finally {
            ibkr.reset();
            breakers.resetAll();
        }
        assertThat(count(db, "select count(*) from screen_run where trade_date = '2024-03-08'")).isZero();
    }

    @Test
    void getShowsARecordedScreenAndAnswers404ForADayNotScreened() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-11").then().statusCode(200);

        given().auth().oauth2(token("VIEWER")).get("/api/v1/screens/fundamental?date=2024-03-11")
                .then().statusCode(200).body("tradeDate", equalTo("2024-03-11"))
                .body("stages.passed.keySet()", contains("scanned", "gainers", "fundamentals", "std", "continuation", "written"));
        given().auth().oauth2(token("VIEWER")).get("/api/v1/screens/fundamental?date=2024-03-12")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void countsRunsInMetrics() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-13").then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradebot_screen_runs_total"))
                .body(containsString("tradebot_watchlist_entries_written_total"));
    }
}
