package io.tradebot.screener.earnings.rest;

import static io.restassured.RestAssured.given;

import io.smallrye.jwt.build.Jwt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** Tokens, plain-JDBC reads and metric reads that the earnings screener's Quarkus tests share. */
final class EarningsTestSupport {

    private EarningsTestSupport() {
    }

    static String token(String role) {
        return Jwt.issuer("tradebot").upn("test-" + role).groups(Set.of(role)).sign();
    }

    static long count(DataSource db, String sql, Object... args) {
        return Long.parseLong(String.valueOf(rows(db, sql, args).get(0).values().iterator().next()));
    }

    /** Each row as column label → value as text (null stays null). */
    static List<Map<String, String>> rows(DataSource db, String sql, Object... args) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of one Prometheus sample on /q/metrics, 0 when it is not there yet. */
    static double metric(String name, String labels) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(labels)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
