package io.tradebot.benchmarks.screen;

import io.tradebot.screener.fundamental.screen.DailyClose;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily closes in {@code market_bar} of a throw-away database: the table as changelog 007 creates it, filled with
 * {@link SyntheticCloses}, read back as the screen would read them (stamps at 09:30 New York, as ibkr-client's bars).
 */
final class DatabaseScreen implements AutoCloseable {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String TABLE = """
            CREATE TABLE market_bar (symbol VARCHAR(16) NOT NULL, bar_size VARCHAR(8) NOT NULL, ts DATETIME(6) NOT NULL,
            open DECIMAL(19,6) NOT NULL, high DECIMAL(19,6) NOT NULL, low DECIMAL(19,6) NOT NULL, close DECIMAL(19,6) NOT NULL,
            volume BIGINT NOT NULL, derived BOOLEAN NOT NULL DEFAULT FALSE, PRIMARY KEY (symbol, bar_size, ts))""";
    private static final String ROW = "(?, '1day', ?, ?, ?, ?, ?, 1000000, FALSE)";

    private final Connection connection;
    private final LocalDateTime from;
    private final LocalDateTime to;

    private DatabaseScreen(Connection connection) {
        this.connection = connection;
        this.from = utc(ScreenBenchmarkMain.DAY.minusDays(2L * ScreenBenchmarkMain.WINDOW + 14));
        this.to = utc(ScreenBenchmarkMain.DAY.plusDays(1));
    }

    static DatabaseScreen open(String url, String user, String password) throws SQLException {
        return new DatabaseScreen(DriverManager.getConnection(url, user, password));
    }

    /** Creates {@code market_bar} and stores {@link ScreenBenchmarkMain#SESSIONS} closes for each symbol. */
    void load(List<String> symbols) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(TABLE);
        }
        for (int i = 0; i < symbols.size(); i++) {
            List<DailyClose> closes = SyntheticCloses.of(i, ScreenBenchmarkMain.DAY, ScreenBenchmarkMain.SESSIONS);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO market_bar"
                    + " (symbol, bar_size, ts, open, high, low, close, volume, derived) VALUES "
                    + String.join(", ", Collections.nCopies(closes.size(), ROW)))) {
                int p = 0;
                for (DailyClose c : closes) {
                    insert.setString(++p, symbols.get(i));
                    insert.setObject(++p, utc(c.date()));
                    for (int k = 0; k < 4; k++) {
                        insert.setBigDecimal(++p, c.close());
                    }
                }
                insert.executeUpdate();
            }
        }
        System.out.printf("Stored %d daily bars for each of %d symbols in market_bar%n", ScreenBenchmarkMain.SESSIONS,
                symbols.size());
    }

    /** Every symbol's closes in the screen's range, in one query ordered by symbol and time. */
    Map<String, List<DailyClose>> readAll(List<String> symbols) {
        Map<String, List<DailyClose>> closes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT symbol, ts, close FROM market_bar"
                + " WHERE bar_size = '1day' AND ts >= ? AND ts < ? ORDER BY symbol, ts")) {
            select.setObject(1, from);
            select.setObject(2, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    closes.computeIfAbsent(rows.getString(1), s -> new ArrayList<>()).add(close(rows, 2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return closes;
    }

    /** Each symbol's closes in the screen's range, one query per symbol (as the pipeline asks per candidate). */
    Map<String, List<DailyClose>> readEach(List<String> symbols) {
        Map<String, List<DailyClose>> closes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ts, close FROM market_bar"
                + " WHERE symbol = ? AND bar_size = '1day' AND ts >= ? AND ts < ? ORDER BY ts")) {
            for (String symbol : symbols) {
                select.setString(1, symbol);
                select.setObject(2, from);
                select.setObject(3, to);
                List<DailyClose> list = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        list.add(close(rows, 1));
                    }
                }
                closes.put(symbol, list);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return closes;
    }

    private static DailyClose close(ResultSet rows, int column) throws SQLException {
        LocalDateTime ts = rows.getObject(column, LocalDateTime.class);
        return new DailyClose(ts.atOffset(ZoneOffset.UTC).atZoneSameInstant(NEW_YORK).toLocalDate(),
                rows.getBigDecimal(column + 1));
    }

    private static LocalDateTime utc(java.time.LocalDate day) {
        return day.atTime(9, 30).atZone(NEW_YORK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
