package io.tradebot.screener.earnings.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.count;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.rows;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The endpoint over the bundled recorded pages, against the real database. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerearnings"))
@WithTestResource(value = CalendarDirResource.class, scope = TestResourceScope.GLOBAL)
class EarningsScreenResourceTest {

    @Inject
    DataSource db;

    @Test
    void runWritesEveryCompanyOfAPastPageAndARerunUpdatesWithoutDuplicates() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2023-11-03&to=2023-11-03")
                .then().statusCode(200)
                .body("from", equalTo("2023-11-03")).body("to", equalTo("2023-11-03"))
                .body("datesRead", contains("2023-11-03")).body("datesMissing", empty())
                .body("events", equalTo(85));
        long maxId = count(db, "select max(id) from earnings_event where report_date = '2023-11-03'");

        Map<String, String> enb = event("ENB", "2023-11-03");
        assertThat(enb).containsEntry("report_date", "2023-11-03").containsEntry("time_of_day", "NOT_SUPPLIED")
                .containsEntry("company_name", "Enbridge Inc").containsEntry("market_cap", "71008400000")
                .containsEntry("fiscal_quarter_ending", "Sep/2023").containsEntry("eps_forecast", "0.430000")
                .containsEntry("estimates", "6").containsEntry("eps_actual", "0.460000")
                .containsEntry("surprise_pct", "6.980000").containsEntry("last_year_eps", null);
        Map<String, String> bha = event("BH.A", "2023-11-03");
        assertThat(bha).containsEntry("eps_actual", "-195.550000").containsEntry("eps_forecast", null)
                .containsEntry("estimates", null).containsEntry("classification", "EPS_UNKNOWN");
        assertThat(event("LLYVK", "2023-11-03"))
                .containsEntry("time_of_day", "PRE_MARKET");

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2023-11-03&to=2023-11-03")
                .then().statusCode(200).body("events", equalTo(85));
        assertThat(count(db, "select count(*) from earnings_event where report_date = '2023-11-03'")).isEqualTo(85);
        assertThat(count(db, "select max(id) from earnings_event where report_date = '2023-11-03'")).isEqualTo(maxId);
        assertThat(count(db, "select count(*) from screen_run where screener = 'EARNINGS' and trade_date = '2023-11-03'"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void datesWithoutAPageAreReportedAndTheUpcomingPageIsClassified() {
        given().auth().oauth2(token("service")).post("/api/v1/screens/earnings/run?from=2024-06-29&to=2024-07-02")
                .then().statusCode(200)
                .body("datesRead", contains("2024-07-01"))
                .body("datesMissing", contains("2024-06-29", "2024-06-30", "2024-07-02"))
                .body("events", equalTo(39));

        Map<String, String> ddd = event("DDD", "2024-07-01");
        assertThat(ddd).containsEntry("report_date", "2024-07-01").containsEntry("last_year_report_date", "2023-05-08")
                .containsEntry("last_year_eps", "-0.170000").containsEntry("eps_forecast", "-0.110000")
                .containsEntry("estimates", "2").containsEntry("classification", "NOT_PROFITABLE");
        assertThat(event("CNVS", "2024-07-01"))
                .containsEntry("time_of_day", "AFTER_HOURS").containsEntry("classification", "NOT_PROFITABLE");
        assertThat(event("GTI", "2024-07-01"))
                .containsEntry("classification", "EPS_UNKNOWN");
    }

    @Test
    void onlyAdminAndServicesMayRunIt() {
        String run = "/api/v1/screens/earnings/run?from=2024-07-01&to=2024-07-01";
        given().post(run).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("VIEWER")).post(run).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token("TRADER")).post(run).then().statusCode(403);
        given().auth().oauth2(token("service")).post(run).then().statusCode(200);
    }

    @Test
    void badOrMissingDatesAreRefusedNamingTheField() {
        assertBadRequest("?to=2024-07-01", "from");
        assertBadRequest("?from=2024-07-01", "to");
        assertBadRequest("?from=&to=2024-07-01", "from");
        assertBadRequest("?from=2024-7-1&to=2024-07-01", "from");
        assertBadRequest("?from=2024-07-01&to=2024-02-30", "to");
        assertBadRequest("?from=2024-07-02&to=2024-07-01", "to");
        assertBadRequest("?from=2024-07-01&to=2024-08-01", "to");
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2024-07-01&to=2024-07-31")
                .then().statusCode(200);
    }

    private Map<String, String> event(String symbol, String reportDate) {
        return rows(db, "select * from earnings_event where symbol = ? and report_date = ?", symbol, reportDate).get(0);
    }

    private static void assertBadRequest(String query, String field) {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run" + query)
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field));
    }
}
