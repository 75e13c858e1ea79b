package io.tradebot.screener.fundamental.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.devkit.IbkrClientStandIn.gainer;
import static io.tradebot.devkit.IbkrRoute.TOP_GAINERS;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.count;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.strings;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        ibkr.clock(Instant.parse("2024-12-31T15:00:00Z"), LocalDate.parse("2024-12-31"), "REGULAR");
    }

    @Test
    void runWritesTheTopGainersOnceAndARerunWritesNothing() throws Exception {
        ibkr.topGainers("[" + String.join(",",
                gainer("MOON", "2024-03-04", "10.00", "13.00", "30.00", 5_000_000),
                gainer("PENNY", "2024-03-04", "2.00", "3.00", "50.00", 9_000_000),
                gainer("ROCK", "2024-03-04", "50.00", "55.00", "10.00", 2_000_000),
                gainer("STAR", "2024-03-04", "20.00", "24.00", "20.00", 3_000_000),
                gainer("SLOW", "2024-03-04", "20.00", "20.20", "1.00", 1_500_000),
                gainer("DOWN", "2024-03-04", "20.00", "19.00", "-5.00", 4_000_000)) + "]");

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-05")
                .then().statusCode(200)
                .body("tradeDate", equalTo("2024-03-05"))
                .body("candidates", equalTo(6))
                .body("passed", equalTo(3))
                .body("entries.symbol", contains("MOON", "STAR", "ROCK"))
                .body("entries.status", contains("NEW", "NEW", "NEW"))
                .body("entries.source", contains("FUNDAMENTAL", "FUNDAMENTAL", "FUNDAMENTAL"));

        Map<String, String> scan = ibkr.requests(TOP_GAINERS).getLast().query();
        assertThat(scan).containsEntry("asOf", "2024-03-05T14:00:00Z").containsEntry("limit", "20")
                .containsEntry("minPrice", "5").containsEntry("minVolume", "1000000");
        assertThat(ibkr.requests(TOP_GAINERS).getLast().authorization()).startsWith("Bearer ");
        assertThat(count(db, "select count(*) from watchlist_entry where trade_date = '2024-03-05'")).isEqualTo(3);
        JsonNode reasons = new ObjectMapper().readTree(strings(db,
                "select reasons from watchlist_entry where symbol = 'MOON' and trade_date = '2024-03-05'").get(0));
        assertThat(reasons.get("close").decimalValue()).isEqualByComparingTo("13.00");
        assertThat(reasons.get("previousClose").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(reasons.get("changePct").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(reasons.get("volume").asLong()).isEqualTo(5_000_000L);
        assertThat(reasons.get("scanDate").asText()).isEqualTo("2024-03-04");
        assertThat(reasons.get("rank").asInt()).isEqualTo(1);
        assertThat(reasons.get("filters").get("minVolume").asLong()).isEqualTo(1_000_000L);
        JsonNode inputs = new ObjectMapper().readTree(strings(db,
                "select inputs from screen_run where screener = 'FUNDAMENTAL' and trade_date = '2024-03-05'").get(0));
        assertThat(inputs.get("asOf").asText()).isEqualTo("2024-03-05T14:00:00Z");

        int scansBefore = ibkr.requests(TOP_GAINERS).size();
        ibkr.topGainers("[" + gainer("OTHER", "2024-03-04", "10", "20", "100", 9_000_000) + "]");
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-05")
                .then().statusCode(200)
                .body("passed", equalTo(3))
                .body("entries.symbol", contains("MOON", "STAR", "ROCK"));
        assertThat(ibkr.requests(TOP_GAINERS)).hasSize(scansBefore);
        assertThat(count(db, "select count(*) from watchlist_entry where trade_date = '2024-03-05'")).isEqualTo(3);
        assertThat(count(db, "select count(*) from screen_run where trade_date = '2024-03-05'")).isEqualTo(1);
    }

    @Test
    void runScansAsOfNineEasternInSummerTimeToo() {
        ibkr.topGainers("[]");

        given().auth().oauth2(token("service")).post("/api/v1/screens/fundamental/run?date=2024-07-02")
                .then().statusCode(200).body("candidates", equalTo(0)).body("passed", equalTo(0));

        assertThat(ibkr.requests(TOP_GAINERS).getLast().query()).containsEntry("asOf", "2024-07-02T13:00:00Z");
        assertThat(count(db, "select count(*) from screen_run where trade_date = '2024-07-02'")).isEqualTo(1);
    }

    @Test
    void runRefusesADateTheMarketClockHasNotReached() {
        ibkr.clock(Instant.parse("2024-03-05T14:05:00Z"), LocalDate.parse("2024-03-05"), "PRE");
        int scans = ibkr.requests(TOP_GAINERS).size();

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-06")
                .then().statusCode(422).contentType("application/problem+json").body("field", equalTo("date"));

        assertThat(ibkr.requests(TOP_GAINERS)).hasSize(scans);
        assertThat(count(db, "select count(*) from screen_run where trade_date = '2024-03-06'")).isZero();
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
    void runRejectsAMalformedDateNamingTheField() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=05/03/2024")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("date"));
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run")
                .then().statusCode(400).body("field", equalTo("date"));
    }

    @Test
    void runAnswers502AndWritesNothingWhenIbkrClientFails() {
        ibkr.fail(TOP_GAINERS, 500);
        try {
            given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-08")
                    .then().statusCode(502).contentType("application/problem+json")
                    .body("detail", containsString("ibkr-client"));
        } finally {
            ibkr.topGainers("[]");
            breakers.resetAll();
        }
        assertThat(count(db, "select count(*) from screen_run where trade_date = '2024-03-08'")).isZero();
    }

    @Test
    void getShowsARecordedScreenAndAnswers404ForADayNotScreened() {
        ibkr.topGainers("[" + gainer("SOLO", "2024-03-08", "10", "11", "10", 2_000_000) + "]");
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-11").then().statusCode(200);

        given().auth().oauth2(token("VIEWER")).get("/api/v1/screens/fundamental?date=2024-03-11")
                .then().statusCode(200).body("entries.symbol", contains("SOLO"));
        given().auth().oauth2(token("VIEWER")).get("/api/v1/screens/fundamental?date=2024-03-12")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void countsRunsAndWrittenEntriesInMetrics() {
        ibkr.topGainers("[" + gainer("MET", "2024-03-12", "10", "11", "10", 2_000_000) + "]");
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/fundamental/run?date=2024-03-13").then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradebot_screen_runs_total"))
                .body(containsString("tradebot_watchlist_entries_written_total"));
    }
}
