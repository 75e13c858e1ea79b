package io.tradebot.screener.earnings.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.count;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.metric;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.screener.earnings.calendar.RecordedPages;
import io.tradebot.screener.earnings.client.NasdaqStandIn;
import io.tradebot.screener.earnings.client.NasdaqStandIn.Answer;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service with its live source ({@code nasdaq}) against a stand-in NASDAQ over real HTTP that replays the
 * recorded bodies: refusals and rate limits write nothing and are counted; a passing 429 is retried.
 */
@QuarkusTest
@TestProfile(LiveSourceResourceTest.LiveSource.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerearnings_live"))
@WithTestResource(value = CalendarDirResource.class, scope = TestResourceScope.GLOBAL)
class LiveSourceResourceTest {

    NasdaqStandIn nasdaq;

    @Inject
    DataSource db;

    @BeforeEach
    void reset() {
        nasdaq.reset();
    }

    @Test
    void readsTheRecordedPagesOverHttp() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2024-07-01&to=2024-07-01")
                .then().statusCode(200).body("events", equalTo(39)).body("source", containsString("nasdaq:http://127.0.0.1:"));
        assertThat(nasdaq.requests()).hasSize(1);
        assertThat(nasdaq.requests().get(0).header("User-Agent")).startsWith("Mozilla/5.0");
    }

    @Test
    void aForbiddenPageWritesNothingAndIsCounted() {
        nasdaq.script(RecordedPages.PAST, new Answer(403, "<html><body>Access Denied</body></html>", null));
        double before = metric("tradebot_earnings_page_errors_total", "reason=\"http-403\"");
        long events = count(db, "select count(*) from earnings_event");

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2023-11-03&to=2023-11-03")
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", allOf(containsString("2023-11-03"), containsString("http-403")));

        assertThat(count(db, "select count(*) from earnings_event")).isEqualTo(events);
        assertThat(metric("tradebot_earnings_page_errors_total", "reason=\"http-403\"")).isEqualTo(before + 1);
        assertThat(nasdaq.requests()).hasSize(1);
    }

    @Test
    void persistentRateLimitingWritesNothingEvenForThePagesReadBefore() {
        LocalDate dayBefore = RecordedPages.UPCOMING.minusDays(1);
        nasdaq.script(dayBefore, new Answer(200, CalendarDir.pastPage(dayBefore,
                Map.of("GOOD", new String[] { "$1.00", "$1.10", "10" })), null));
        nasdaq.script(RecordedPages.UPCOMING, new Answer(429, "", null), new Answer(429, "", null), new Answer(429, "", "0"));
        double before = metric("tradebot_earnings_page_errors_total", "reason=\"http-429\"");
        long runs = count(db, "select count(*) from screen_run where screener = 'EARNINGS'");
        long events = count(db, "select count(*) from earnings_event");

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=" + dayBefore + "&to=2024-07-01")
                .then().statusCode(502).body("detail", allOf(containsString("2024-07-01"), containsString("http-429")));

        assertThat(count(db, "select count(*) from earnings_event where report_date = ?", dayBefore)).isZero();
        assertThat(count(db, "select count(*) from earnings_event")).isEqualTo(events);
        assertThat(count(db, "select count(*) from screen_run where screener = 'EARNINGS'")).isEqualTo(runs);
        assertThat(metric("tradebot_earnings_page_errors_total", "reason=\"http-429\"")).isEqualTo(before + 1);
        // one request for the good day, then the first try and two retries for the rate-limited one
        assertThat(nasdaq.requests()).extracting(NasdaqStandIn.Request::date)
                .containsExactly(dayBefore, RecordedPages.UPCOMING, RecordedPages.UPCOMING, RecordedPages.UPCOMING);
    }

    @Test
    void aPassingRateLimitIsRetriedAndTheRunCompletes() {
        nasdaq.script(RecordedPages.UPCOMING, new Answer(429, "", null), new Answer(503, "", null));

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2024-07-01&to=2024-07-01")
                .then().statusCode(200).body("events", equalTo(39));
        assertThat(nasdaq.requests()).hasSize(3);
    }

    /** The live source, quick retries, and the stand-in NASDAQ. */
    public static class LiveSource implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradebot.earnings.source", "nasdaq", "tradebot.earnings.nasdaq.pacing", "0s",
                    "tradebot.earnings.nasdaq.max-retries", "2", "tradebot.earnings.nasdaq.backoff", "0.01s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(NasdaqStandInResource.class));
        }
    }
}
