package io.tradebot.screener.fundamental.repository;

import io.tradebot.common.market.BarView;
import io.tradebot.screener.fundamental.model.TimedClose;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads and writes {@code market_bar} with plain JDBC and multi-row inserts (hundreds of bars per call; an
 * entity per bar would be slow for nothing). Times are stored as UTC wall-clock values.
 */
@ApplicationScoped
public class MarketBarRepository {

    private static final String INSERT = "INSERT INTO market_bar (symbol, bar_size, ts, open, high, low, close, volume, derived) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ON_DUPLICATE = """
             ON DUPLICATE KEY UPDATE open = VALUES(open), high = VALUES(high), low = VALUES(low), close = VALUES(close),
            volume = VALUES(volume), derived = VALUES(derived)""";
    /** Rows per INSERT: one statement per chunk instead of one round trip per bar. */
    private static final int CHUNK = 500;
    private static final String CLOSES = """
            SELECT ts, close FROM market_bar WHERE symbol = ? AND bar_size = ? AND ts >= ? AND ts < ? ORDER BY ts""";

    private final DataSource db;

    public MarketBarRepository(DataSource db) {
        this.db = db;
    }

    /** Stores {@code bars} of {@code symbol}; a bar already stored at the same start is overwritten. */
    public void store(String symbol, String size, List<BarView> bars) {
        try (Connection c = db.getConnection()) {
            for (int from = 0; from < bars.size(); from += CHUNK) {
                List<BarView> chunk = bars.subList(from, Math.min(bars.size(), from + CHUNK));
                try (PreparedStatement insert = c.prepareStatement(INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW))
                        + ON_DUPLICATE)) {
                    int i = 0;
                    for (BarView bar : chunk) {
                        insert.setString(++i, symbol);
                        insert.setString(++i, size);
                        insert.setObject(++i, utc(bar.start()));
                        insert.setBigDecimal(++i, bar.open());
                        insert.setBigDecimal(++i, bar.high());
                        insert.setBigDecimal(++i, bar.low());
                        insert.setBigDecimal(++i, bar.close());
                        insert.setLong(++i, bar.volume());
                        insert.setBoolean(++i, bar.derived());
                    }
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + bars.size() + " " + size + " bars of " + symbol, e);
        }
    }

    /** The stored closes of {@code symbol}'s {@code size} bars starting in [from, to), oldest first. */
    public List<TimedClose> closes(String symbol, String size, Instant from, Instant to) {
        List<TimedClose> closes = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(CLOSES)) {
            select.setString(1, symbol);
            select.setString(2, size);
            select.setObject(3, utc(from));
            select.setObject(4, utc(to));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    BigDecimal close = rows.getBigDecimal(2);
                    closes.add(new TimedClose(rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            close.doubleValue()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + size + " bars of " + symbol, e);
        }
        return closes;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
