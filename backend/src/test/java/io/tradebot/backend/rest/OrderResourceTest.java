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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_backend"))
class OrderResourceTest {

    private static final String INSERT = """
            INSERT INTO orders (client_order_id, broker_order_id, strategy, symbol, side, order_type, quantity,
              limit_price, time_in_force, status, filled_quantity, avg_fill_price, commission, reject_reason,
              submitted_at, created_at, updated_at)
            VALUES (?, ?, 'macd-vwap', ?, ?, 'LIMIT', ?, 101.25, 'DAY', ?, ?, ?, ?, NULL, ?, ?, ?)""";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void insertOrders() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("DELETE FROM orders");
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                insert(s, "o-1", "AAPL", "BUY", "100", "FILLED", "100", "101.200000", "1.000000", "09:31");
                insert(s, "o-2", "MSFT", "SELL", "50", "CANCELLED", "0", null, "0", "09:45");
                insert(s, "o-3", "AAPL", "SELL", "100", "FILLED", "100", "103.500000", "1.000000", "15:58");
            }
        }
    }

    private static void insert(PreparedStatement s, String id, String symbol, String side, String qty, String status,
            String filled, String avgPrice, String commission, String time) throws SQLException {
        Timestamp at = Timestamp.valueOf(LocalDateTime.parse("2024-03-04T" + time));
        s.setString(1, id);
        s.setString(2, "b-" + id);
        s.setString(3, symbol);
        s.setString(4, side);
        s.setBigDecimal(5, new BigDecimal(qty));
        s.setString(6, status);
        s.setBigDecimal(7, new BigDecimal(filled));
        s.setBigDecimal(8, avgPrice == null ? null : new BigDecimal(avgPrice));
        s.setBigDecimal(9, new BigDecimal(commission));
        s.setTimestamp(10, at);
        s.setTimestamp(11, at);
        s.setTimestamp(12, at);
        s.executeUpdate();
    }

    @Test
    void listsOrdersNewestFirst() {
        given().header("Authorization", TestTokens.viewer()).get("/api/orders")
                .then().statusCode(200)
                .body("clientOrderId", contains("o-3", "o-2", "o-1"))
                .body("[0].symbol", equalTo("AAPL"))
                .body("[0].side", equalTo("SELL"))
                .body("[0].status", equalTo("FILLED"))
                .body("[0].avgFillPrice", equalTo(103.5f))
                .body("[0].commission", equalTo(1.0f))
                .body("[0].strategy", equalTo("macd-vwap"));
    }

    @Test
    void filtersByStatusAndSymbol() {
        given().header("Authorization", TestTokens.viewer())
                .queryParam("status", "FILLED").queryParam("symbol", "aapl").get("/api/orders")
                .then().statusCode(200).body("clientOrderId", contains("o-3", "o-1"));
        given().header("Authorization", TestTokens.viewer()).queryParam("status", "CANCELLED").get("/api/orders")
                .then().statusCode(200).body("clientOrderId", contains("o-2"));
    }

    @Test
    void honoursTheLimit() {
        given().header("Authorization", TestTokens.viewer()).queryParam("limit", 1).get("/api/orders")
                .then().statusCode(200).body("clientOrderId", contains("o-3"));
    }

    @Test
    void rejectsALimitAboveFiveHundred() {
        given().header("Authorization", TestTokens.viewer()).queryParam("limit", 501).get("/api/orders")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("limit"));
    }

    @Test
    void rejectsAnUnknownStatus() {
        given().header("Authorization", TestTokens.viewer()).queryParam("status", "DONE").get("/api/orders")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("status"));
    }

    @Test
    void requiresAToken() {
        given().get("/api/orders").then().statusCode(401);
    }
}
