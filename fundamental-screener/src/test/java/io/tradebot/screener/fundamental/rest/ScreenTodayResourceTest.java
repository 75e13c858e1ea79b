package io.tradebot.screener.fundamental.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.devkit.IbkrClientStandIn.gainer;
import static io.tradebot.devkit.IbkrRoute.TOP_GAINERS;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

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

    @Test
    void screensTheClockDayOnceAsOfNineEasternDuringTheSession() {
        ibkr.clock(Instant.parse("2024-04-01T15:00:00Z"), LocalDate.parse("2024-04-01"), "REGULAR");
        ibkr.topGainers("[" + gainer("EARLY", "2024-03-28", "10", "12", "20", 2_000_000) + "]");

        assertThat(scheduler.screenToday()).isPresent();
        assertThat(ibkr.requests(TOP_GAINERS).getLast().query()).containsEntry("asOf", "2024-04-01T13:00:00Z");
        given().auth().oauth2(token("VIEWER")).get("/api/v1/screens/fundamental?date=2024-04-01")
                .then().statusCode(200).body("entries.symbol", contains("EARLY"));

        int scans = ibkr.requests(TOP_GAINERS).size();
        assertThat(scheduler.screenToday()).isEmpty();
        assertThat(ibkr.requests(TOP_GAINERS)).hasSize(scans);
    }

    @Test
    void scansAsOfTheClockWhenItIsStillBeforeNineEastern() {
        ibkr.clock(Instant.parse("2024-04-02T12:30:00Z"), LocalDate.parse("2024-04-02"), "PRE");
        ibkr.topGainers("[]");

        assertThat(scheduler.screenToday()).isPresent();
        assertThat(ibkr.requests(TOP_GAINERS).getLast().query()).containsEntry("asOf", "2024-04-02T12:30:00Z");
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
