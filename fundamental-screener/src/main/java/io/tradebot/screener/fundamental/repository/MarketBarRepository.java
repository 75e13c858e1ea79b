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
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads and writes {@code market_bar} with plain batched JDBC (hundreds of bars per call; an entity per
 * bar would be slow for nothing). Times are stored as UTC wall-clock values.
 */
@ApplicationScoped
public class MarketBarRepository {

    private static final String UPSERT = """
            INSERT INTO market_bar (symbol, bar_size, ts, open, high, low, close, volume, derived)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE open = VALUES(open), high = VALUES(high), low = VALUES(low), close = VALUES(close),
            volume = VALUES(volume), derived = VALUES(derived)""";
    private static final String CLOSES = """
            SELECT ts, close FROM market_bar WHERE symbol = ? AND bar_size = ? AND ts >= ? AND ts < ? ORDER BY ts""";

    private final DataSource db;

    public MarketBarRepository(DataSource db) {
        this.db = db;
    }

    /** Stores {@code bars} of {@code symbol} (a bar already stored at the same start is overwritten); joins the caller's transaction. */
    public void store(String symbol, String size, List<BarView> bars) {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(UPSERT)) {
            for (BarView bar : bars) {
                insert.setString(1, symbol);
                insert.setString(2, size);
                insert.setObject(3, utc(bar.start()));
                insert.setBigDecimal(4, bar.open());
                insert.setBigDecimal(5, bar.high());
                insert.setBigDecimal(6, bar.low());
                insert.setBigDecimal(7, bar.close());
                insert.setLong(8, bar.volume());
                insert.setBoolean(9, bar.derived());
                insert.addBatch();
            }
            insert.executeBatch();
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
