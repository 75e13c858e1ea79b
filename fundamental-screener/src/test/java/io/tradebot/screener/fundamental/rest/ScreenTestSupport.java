package io.tradebot.screener.fundamental.rest;

import io.smallrye.jwt.build.Jwt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Tokens and plain-JDBC reads that the screener's Quarkus tests share. */
final class ScreenTestSupport {

    private ScreenTestSupport() {
    }

    static String token(String role) {
        return Jwt.issuer("tradebot").upn("test-" + role).groups(Set.of(role)).sign();
    }

    static int count(DataSource db, String sql, Object... args) {
        List<String> rows = strings(db, sql, args);
        return Integer.parseInt(rows.get(0));
    }

    static List<String> strings(DataSource db, String sql, Object... args) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single value the query returns; fails when it returns no row. */
    static String row(DataSource db, String sql, Object... args) {
        List<String> rows = strings(db, sql, args);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0);
    }

    static int update(DataSource db, String sql, Object... args) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A FundamentalsView as ibkr-client writes it; a null number is written as JSON null. */
    static String fundamentals(String symbol, String asOf, String price, String eps, String pe, String marketCap,
            String ebitda, String priceToSales, String priceToBook, String dividendYieldPct) {
        return ("{\"symbol\":\"%s\",\"name\":\"%s Inc.\",\"sector\":\"Test\",\"asOf\":\"%s\",\"price\":%s,"
                + "\"eps\":%s,\"pe\":%s,\"marketCap\":%s,\"ebitda\":%s,\"priceToSales\":%s,\"priceToBook\":%s,"
                + "\"dividendYieldPct\":%s,\"bookValuePerShare\":null,\"week52Low\":null,\"week52High\":null}")
                .formatted(symbol, symbol, asOf, price, eps, pe, marketCap, ebitda, priceToSales, priceToBook,
                        dividendYieldPct);
    }
}
