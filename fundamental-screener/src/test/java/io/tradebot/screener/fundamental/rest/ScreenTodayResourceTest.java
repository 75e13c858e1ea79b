package io.tradebot.screener.fundamental.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.devkit.IbkrRoute.TOP_GAINERS;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.screener.fundamental.service.ScreenScheduler;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What one poll of the scheduled job does, driven by the clock ibkr-client shows (the schedule itself is off here). */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class ScreenTodayResourceTest {

    IbkrClientStandIn ibkr;

    @Inject
    ScreenScheduler scheduler;

    @Inject
    DataSource db;

    @Test
    void screensThePreviousSessionThroughThePipelineOnceThirtyMinutesAfterTheOpen() {
        // 2024-03-29 was Good Friday: the session before Monday 2024-04-01 is Thursday the 28th.
        String early = ScreenTestSupport.servePassingGainer(ibkr, "EARLY", LocalDate.parse("2024-03-28"));
        ibkr.topGainers("[" + early + "]");
        ibkr.clock(Instant.parse("2024-04-01T13:59:59Z"), LocalDate.parse("2024-04-01"), "REGULAR");
        int scans = ibkr.requests(TOP_GAINERS).size();
        assertThat(scheduler.screenToday()).as("09:59:59 ET is before the screen is due").isEmpty();
        assertThat(ibkr.requests(TOP_GAINERS)).hasSize(scans);

        ibkr.clock(Instant.parse("2024-04-01T14:00:00Z"), LocalDate.parse("2024-04-01"), "REGULAR");
        assertThat(scheduler.screenToday()).isPresent();

        assertThat(ibkr.requests(TOP_GAINERS).getLast().query()).containsEntry("asOf", "2024-04-01T13:00:00Z");
        given().auth().oauth2(token("VIEWER")).get("/api/v1/screens/fundamental?date=2024-04-01")
                .then().statusCode(200).body("entries.symbol", contains("EARLY"))
                .body("stages.passed.std", equalTo(1)).body("stages.passed.written", equalTo(1));
        assertThat(ScreenTestSupport.row(db, "select json_unquote(json_extract(inputs, '$.session')) from screen_run"
                + " where screener = 'FUNDAMENTAL' and trade_date = '2024-04-01'")).isEqualTo("2024-03-28");
        assertThat(ScreenTestSupport.row(db, "select json_unquote(json_extract(reasons, '$.session')) from watchlist_entry"
                + " where symbol = 'EARLY' and trade_date = '2024-04-01'")).isEqualTo("2024-03-28");
        assertThat(ScreenTestSupport.row(db, "select concat_ws('|', count(*), min(session)) from company_model"
                + " where symbol = 'EARLY' and horizon = 'DAY'")).isEqualTo("2|2024-03-28");

        scans = ibkr.requests(TOP_GAINERS).size();
        assertThat(scheduler.screenToday()).isEmpty();
        assertThat(ibkr.requests(TOP_GAINERS)).hasSize(scans);
    }

    @Test
    void doesNothingWhileTheMarketIsClosed() {
        ibkr.clock(Instant.parse("2024-04-06T15:00:00Z"), LocalDate.parse("2024-04-06"), "CLOSED");
        int scans = ibkr.requests(TOP_GAINERS).size();

        assertThat(scheduler.screenToday()).isEmpty();
        assertThat(ibkr.requests(TOP_GAINERS)).hasSize(scans);
        given().auth().oauth2(token("VIEWER")).get("/api/v1/screens/fundamental?date=2024-04-06").then().statusCode(404);
    }
}
