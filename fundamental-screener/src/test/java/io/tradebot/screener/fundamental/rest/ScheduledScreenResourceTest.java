package io.tradebot.screener.fundamental.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.token;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.TradebotTestResource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schedule itself screens the day the clock shows, with nobody calling the API. */
@QuarkusTest
@TestProfile(ScheduledScreenResourceTest.ScheduleOn.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class ScheduledScreenResourceTest {

    IbkrClientStandIn ibkr;

    @Test
    void theScheduleScreensTheClockDayWithoutBeingAsked() {
        ibkr.topGainers("[" + ScreenTestSupport.servePassingGainer(ibkr, "AUTO", LocalDate.parse("2024-05-02")) + "]");
        ibkr.clock(Instant.parse("2024-05-03T14:05:00Z"), LocalDate.parse("2024-05-03"), "REGULAR");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(token("VIEWER"))
                .get("/api/v1/screens/fundamental?date=2024-05-03")
                .then().statusCode(200).body("entries.symbol", contains("AUTO")));
    }

    /** Switches the scheduled job on with a short poll interval. */
    public static class ScheduleOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradebot.screener.enabled", "true", "tradebot.screener.poll-interval", "1s");
        }
    }
}
