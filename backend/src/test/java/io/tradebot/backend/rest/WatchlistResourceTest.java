package io.tradebot.backend.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_backend"))
class WatchlistResourceTest {

    private static final String INSERT = """
            INSERT INTO watchlist_entry (source, symbol, trade_date, score, reasons, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, 'NEW', NOW(6), NOW(6))""";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void insertEntries() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("DELETE FROM watchlist_entry");
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                insert(s, "FUNDAMENTAL", "NVDA", "2024-03-04", "8.5");
                insert(s, "FUNDAMENTAL", "AMD", "2024-03-05", "7.25");
                insert(s, "EARNINGS", "ORCL", "2024-03-05", "9.75");
            }
        }
    }

    private static void insert(PreparedStatement s, String source, String symbol, String date, String score)
            throws SQLException {
        s.setString(1, source);
        s.setString(2, symbol);
        s.setDate(3, Date.valueOf(date));
        s.setBigDecimal(4, new BigDecimal(score));
        s.setString(5, "{\"changePct\": 12.5}");
        s.executeUpdate();
    }

    @Test
    void listsEntriesNewestTradingDayFirstThenBestScore() {
        given().header("Authorization", TestTokens.viewer()).get("/api/watchlists")
                .then().statusCode(200)
                .body("symbol", contains("ORCL", "AMD", "NVDA"))
                .body("[0].source", equalTo("EARNINGS"))
                .body("[0].tradeDate", equalTo("2024-03-05"))
                .body("[0].score", equalTo(9.75f))
                .body("[0].status", equalTo("NEW"));
    }

    @Test
    void filtersByDateAndSource() {
        given().header("Authorization", TestTokens.viewer())
                .queryParam("date", "2024-03-05").queryParam("source", "FUNDAMENTAL").get("/api/watchlists")
                .then().statusCode(200).body("symbol", contains("AMD"));
    }

    @Test
    void rejectsAMalformedDate() {
        given().header("Authorization", TestTokens.viewer()).queryParam("date", "05/03/2024").get("/api/watchlists")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("date"));
    }

    @Test
    void rejectsAnUnknownSource() {
        given().header("Authorization", TestTokens.viewer()).queryParam("source", "RUMOURS").get("/api/watchlists")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("source"));
    }
}
