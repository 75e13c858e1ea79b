package io.tradebot.benchmarks.orders;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * What the database alone costs: one connection inserts one row and commits, at a fixed rate, latency counted from each
 * write's intended start as the order phases count it. A placement makes two such commits (the new row, then the
 * hand-over with its acknowledgement) besides its other round trips, so this is the floor under the order figures on
 * the machine at hand. Writes a table of its own ({@value #TABLE}) and drops it afterwards.
 */
public final class CommitFloor {

    static final String TABLE = "benchmark_commit_probe";

    private CommitFloor() {
    }

    /** Runs {@code rate} single-row commits a second for {@code seconds} against the database {@code jdbcUrl} names. */
    public static LatencySummary measure(String jdbcUrl, String user, String password, int rate, int seconds)
            throws SQLException {
        if (rate <= 0 || seconds <= 0) {
            throw new IllegalArgumentException("rate and seconds must be positive, were " + rate + " and " + seconds);
        }
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                        + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(64) NOT NULL, at DATETIME(6) NOT NULL)");
            }
            try {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (note, at) VALUES (?, NOW(6))")) {
                    long count = (long) rate * seconds;
                    long start = System.nanoTime();
                    for (long i = 0; i < count; i++) {
                        long intended = start + i * TimeUnit.SECONDS.toNanos(1) / rate;
                        long wait = intended - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        insert.setString(1, "probe " + i);
                        insert.executeUpdate();
                        connection.commit();
                        micros.recordValue(Math.min(micros.getHighestTrackableValue(),
                                Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - intended))));
                    }
                }
            } finally {
                connection.setAutoCommit(true);
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("DROP TABLE IF EXISTS " + TABLE);
                }
            }
        }
        return LatencySummary.of(LatencySummary.INTENDED, micros);
    }
}
