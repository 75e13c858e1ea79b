package io.tradebot.strategy.fundamental.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;

/** Writes and reads watchlist_entry rows with plain JDBC, the way a screener would leave them. */
final class WatchlistRows {

    static final Instant WRITTEN_AT = Instant.parse("2024-01-01T00:00:00Z");

    private final DataSource db;

    WatchlistRows(DataSource db) {
        this.db = db;
    }

    void clear() {
        execute("delete from watchlist_entry");
    }

    void add(String symbol, LocalDate tradeDate, String score, String reasons) {
        execute("insert into watchlist_entry (source, symbol, trade_date, score, reasons, status, created_at, updated_at)"
                + " values ('FUNDAMENTAL', ?, ?, ?, ?, 'NEW', ?, ?)", symbol, tradeDate, score, reasons,
                Timestamp.from(WRITTEN_AT), Timestamp.from(WRITTEN_AT));
    }

    /** The entry of {@code symbol} as the strategy leaves it once its order is placed. */
    void consume(String symbol) {
        execute("update watchlist_entry set status = 'CONSUMED' where symbol = ?", symbol);
    }

    String status(String symbol) {
        return single("select status from watchlist_entry where symbol = ?", symbol);
    }

    String updatedAt(String symbol) {
        return single("select updated_at from watchlist_entry where symbol = ?", symbol);
    }

    private String single(String sql, Object arg) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
