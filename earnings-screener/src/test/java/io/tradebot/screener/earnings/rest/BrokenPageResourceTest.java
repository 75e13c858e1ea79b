package io.tradebot.screener.earnings.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.count;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.metric;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A broken page anywhere in the range: 502 naming the date and the reason, a counted error, and nothing of
 * the run written, not even the good pages before it.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerearnings"))
@WithTestResource(value = CalendarDirResource.class, scope = TestResourceScope.GLOBAL)
class BrokenPageResourceTest {

    CalendarDir calendar;

    @Inject
    DataSource db;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2031-01-07 | empty-body     | ''",
        "2031-02-04 | html-body      | <!DOCTYPE html><html><body>Access Denied</body></html>",
        "2031-03-04 | malformed-json | '{\"data\":{\"asOf\":\"Tue, Mar 4, 2031\",\"rows\":['",
        "2031-04-08 | missing-key    | '{\"data\":{\"asOf\":\"Tue, Apr 8, 2031\",\"headers\":{}},\"message\":null,\"status\":{\"rCode\":200}}'",
        "2031-05-06 | wrong-type     | '{\"data\":{\"asOf\":\"Tue, May 6, 2031\",\"headers\":{},\"rows\":[{\"symbol\":\"GOOD\",\"name\":\"x\",\"time\":\"time-pre-market\",\"marketCap\":1000,\"fiscalQuarterEnding\":\"\",\"epsForecast\":\"$1.00\",\"noOfEsts\":\"2\"}]},\"message\":null,\"status\":{\"rCode\":200}}'",
        "2031-06-03 | bad-value      | '{\"data\":{\"asOf\":\"Tue, Jun 3, 2031\",\"headers\":{},\"rows\":[{\"symbol\":\"GOOD\",\"name\":\"x\",\"time\":\"time-pre-market\",\"marketCap\":\"$1,000\",\"fiscalQuarterEnding\":\"\",\"epsForecast\":\"1.00\",\"noOfEsts\":\"2\"}]},\"message\":null,\"status\":{\"rCode\":200}}'",
        "2031-07-08 | wrong-date     | '{\"data\":{\"asOf\":\"Mon, Jul 7, 2031\",\"headers\":{},\"rows\":[]},\"message\":null,\"status\":{\"rCode\":200}}'",
    })
    void aBrokenPageWritesNothingOfTheRunAndIsCounted(LocalDate broken, String reason, String body) {
        LocalDate good = broken.minusDays(1);
        calendar.write(good, CalendarDir.pastPage(good, Map.of("GOOD", new String[] { "$1.00", "$1.10", "10" })));
        calendar.write(broken, body);
        double before = metric("tradebot_earnings_page_errors_total", "reason=\"" + reason + "\"");

        given().auth().oauth2(token("ADMIN"))
                .post("/api/v1/screens/earnings/run?from=" + good + "&to=" + broken.plusDays(1))
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", allOf(containsString(broken.toString()), containsString(reason),
                        containsString("nothing was written"), not(containsString("Exception"))));

        assertThat(count(db, "select count(*) from earnings_event where report_date between ? and ?", good,
                broken.plusDays(1))).isZero();
        assertThat(count(db, "select count(*) from screen_run where screener = 'EARNINGS' and trade_date = ?", good)).isZero();
        assertThat(metric("tradebot_earnings_page_errors_total", "reason=\"" + reason + "\"")).isEqualTo(before + 1);

        // the good page alone is fine: the refusal was the broken page's
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=" + good + "&to=" + good)
                .then().statusCode(200);
        assertThat(count(db, "select count(*) from earnings_event where report_date = ?", good)).isEqualTo(1);
    }
}
