package io.tradebot.screener.fundamental.rest;

import io.smallrye.jwt.build.Jwt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.tradebot.devkit.IbkrClientStandIn;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
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

    /**
     * Serves what makes {@code symbol} pass every stage for {@code session}: fundamentals inside the default
     * filters and 70 weekdays of daily closes alternating 10.00 and 10.10 (returns of about ±1 %) up to a close of
     * 12.00 on {@code session} (z about 19); no 5-minute bars. Returns its scanner row.
     */
    static String servePassingGainer(IbkrClientStandIn ibkr, String symbol, LocalDate session) {
        ibkr.fundamentals(symbol, fundamentals(symbol, "2024-01-02", "12", "1.5", "8", "5000000000", null, "2", "3", "1"));
        List<String> bars = new ArrayList<>();
        LocalDate day = session;
        for (int i = 0; bars.size() < 70; day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String close = i == 0 ? "12.00" : i % 2 == 0 ? "10.00" : "10.10";
            bars.addFirst("{\"start\":\"%s\",\"size\":\"1day\",\"open\":%s,\"high\":%s,\"low\":%s,\"close\":%s,\"volume\":2000000,\"derived\":false}"
                    .formatted(day.atTime(9, 30).atZone(ZoneId.of("America/New_York")).toInstant(), close, close, close, close));
            i++;
        }
        ibkr.bars(symbol, "1day", "[" + String.join(",", bars) + "]");
        ibkr.bars(symbol, "5min", "[]");
        return IbkrClientStandIn.gainer(symbol, session.toString(), "10.00", "12.00", "20", 2_000_000);
    }
}
