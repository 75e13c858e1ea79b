package io.tradebot.screener.earnings.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.count;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.rows;
import static io.tradebot.screener.earnings.rest.EarningsTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Classification from the history in earnings_event: earlier quarters (pages the test writes in NASDAQ's
 * shape) are read first, then the recorded 2024-07-01 page; PPSI, profitable there, goes to the watchlist.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerearnings"))
@WithTestResource(value = CalendarDirResource.class, scope = TestResourceScope.GLOBAL)
class EarningsClassificationResourceTest {

    CalendarDir calendar;

    @Inject
    DataSource db;

    @Test
    void aProfitableCompanyThatBeatThreeOfItsLastFourQuartersGoesToTheWatchlistWithItsReasons() throws Exception {
        // PPSI: beats in 3 of its last 4 quarters (the fifth, older miss is outside the window);
        // DDD: beat every quarter but its forecast is negative on the recorded page.
        history("2023-05-15", "$0.01", "($0.02)", "-300", "($0.20)", "($0.15)", "25");
        history("2023-08-14", "$0.02", "$0.03", "50", "($0.18)", "($0.10)", "44.44");
        history("2023-11-13", "$0.03", "$0.02", "-33.33", "($0.16)", "($0.12)", "25");
        history("2024-02-12", "$0.04", "$0.05", "25", "($0.14)", "($0.10)", "28.57");
        history("2024-05-13", "$0.04", "$0.06", "50", "($0.12)", "($0.08)", "33.33");

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2024-07-01&to=2024-07-01")
                .then().statusCode(200)
                .body("classifications.LIKELY_BEAT", equalTo(1))
                .body("entries.symbol", contains("PPSI"))
                .body("entries.source", contains("EARNINGS"))
                .body("entries.status", contains("NEW"))
                .body("entries.tradeDate", contains("2024-07-01"));

        assertThat(rows(db, "select classification from earnings_event where symbol = 'PPSI' and report_date = '2024-07-01'")
                .get(0)).containsEntry("classification", "LIKELY_BEAT");
        assertThat(rows(db, "select classification from earnings_event where symbol = 'DDD' and report_date = '2024-07-01'")
                .get(0)).containsEntry("classification", "NOT_PROFITABLE");
        Map<String, String> entry = entry("PPSI", "2024-07-01");
        // mean surprise of the four quarters used: (50 − 33.33 + 25 + 50) / 4 = 22.9175
        assertThat(entry).containsEntry("trade_date", "2024-07-01").containsEntry("score", "22.917500")
                .containsEntry("status", "NEW");
        JsonNode reasons = new ObjectMapper().readTree(entry.get("reasons"));
        assertThat(reasons.get("classification").asText()).isEqualTo("LIKELY_BEAT");
        assertThat(reasons.get("epsForecast").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(reasons.get("lastYearEps").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(reasons.get("lastEpsSource").asText()).isEqualTo("lastYearEPS");
        assertThat(reasons.get("estimates").asInt()).isEqualTo(1);
        assertThat(reasons.get("marketCap").decimalValue()).isEqualByComparingTo("39124286");
        assertThat(reasons.get("quartersUsed").asInt()).isEqualTo(4);
        assertThat(reasons.get("beats").asInt()).isEqualTo(3);
        assertThat(reasons.get("beatShare").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(reasons.get("meanSurprisePct").decimalValue()).isEqualByComparingTo("22.9175");
        assertThat(reasons.get("surprises")).hasSize(4);
        assertThat(reasons.get("surprises").get(0).get("reportDate").asText()).isEqualTo("2024-05-13");
        assertThat(reasons.get("surprises").get(3).get("surprisePct").decimalValue()).isEqualByComparingTo("50");
        assertThat(reasons.get("rules").get("minBeatShare").decimalValue()).isEqualByComparingTo("0.75");

        long id = count(db, "select id from watchlist_entry where source = 'EARNINGS' and symbol = 'PPSI'");
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2024-07-01&to=2024-07-01")
                .then().statusCode(200).body("entries.symbol", contains("PPSI"));
        assertThat(count(db, "select count(*) from watchlist_entry where source = 'EARNINGS' and trade_date = '2024-07-01'"))
                .isEqualTo(1);
        assertThat(count(db, "select id from watchlist_entry where source = 'EARNINGS' and symbol = 'PPSI'")).isEqualTo(id);
    }

    @Test
    void aCompanyWhoseHistoryTurnsMixedLeavesTheWatchlistOnRerun() {
        LocalDate report = LocalDate.parse("2030-03-15");
        write("2029-03-15", "ACME", "$1.00", "$1.10", "10");
        write("2029-06-15", "ACME", "$1.00", "$1.10", "10");
        write("2029-09-16", "ACME", "$1.00", "$1.10", "10");
        write(report.toString(), "ACME", "$1.20", "", "");
        runMonth("2029-03-01", "2029-03-31");
        runMonth("2029-06-01", "2029-06-30");
        runMonth("2029-09-01", "2029-09-30");

        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2030-03-15&to=2030-03-15")
                .then().statusCode(200).body("entries.symbol", contains("ACME"));
        Map<String, String> entry = entry("ACME", "2030-03-15");
        assertThat(entry).containsEntry("score", "10.000000");
        assertThat(entry.get("reasons")).contains("\"lastEpsSource\":\"history\"").contains("\"lastEps\":1.10");

        // a quarter found later, between the others and the report, is a miss: 3 of 4 is still enough ...
        // (that December report is itself judged on its own earlier history: 3 beats of 3, on the watchlist for its day)
        write("2029-12-14", "ACME", "$1.00", "$0.90", "-10");
        runMonth("2029-12-01", "2029-12-31");
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2030-03-15&to=2030-03-15")
                .then().statusCode(200).body("entries.symbol", contains("ACME"));
        assertThat(entry("ACME", "2030-03-15"))
                .containsEntry("score", "5.000000");
        assertThat(entry("ACME", "2029-12-14")).containsEntry("score", "10.000000");
        // ... but a second miss makes it 2 of 4, and the NEW entry is withdrawn
        write("2029-09-16", "ACME", "$1.00", "$0.95", "-5");
        runMonth("2029-09-01", "2029-09-30");
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=2030-03-15&to=2030-03-15")
                .then().statusCode(200).body("classifications.PROFITABLE", equalTo(1)).body("entries", empty());
        assertThat(count(db, "select count(*) from watchlist_entry where source = 'EARNINGS' and symbol = 'ACME'"
                + " and trade_date = '2030-03-15'")).isZero();
    }

    private Map<String, String> entry(String symbol, String tradeDate) {
        return rows(db, "select * from watchlist_entry where source = 'EARNINGS' and symbol = ? and trade_date = ?", symbol,
                tradeDate).get(0);
    }

    /** PPSI's and DDD's reports on {@code date}: forecast, actual and surprise of each. */
    private void history(String date, String ppsiForecast, String ppsiEps, String ppsiSurprise, String dddForecast,
            String dddEps, String dddSurprise) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        rows.put("PPSI", new String[] { ppsiForecast, ppsiEps, ppsiSurprise });
        rows.put("DDD", new String[] { dddForecast, dddEps, dddSurprise });
        LocalDate day = LocalDate.parse(date);
        calendar.write(day, CalendarDir.pastPage(day, rows));
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=" + date + "&to=" + date)
                .then().statusCode(200).body("events", equalTo(2));
    }

    private void write(String date, String symbol, String forecast, String eps, String surprise) {
        LocalDate day = LocalDate.parse(date);
        calendar.write(day, CalendarDir.pastPage(day, Map.of(symbol, new String[] { forecast, eps, surprise })));
    }

    private static void runMonth(String from, String to) {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/screens/earnings/run?from=" + from + "&to=" + to)
                .then().statusCode(200);
    }
}
