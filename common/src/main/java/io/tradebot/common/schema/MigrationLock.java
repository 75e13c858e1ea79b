package io.tradebot.common.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A server-wide named lock (MySQL/MariaDB {@code GET_LOCK}) held on one connection while work runs.
 * Liquibase's own lock table cannot protect a fresh database: services starting together race to
 * create that table and more than one of them believes it holds the lock.
 */
public final class MigrationLock {

    private MigrationLock() {
    }

    /** Runs {@code work} while holding lock {@code name} on {@code connection}, waiting up to {@code timeout} for it. */
    public static void around(Connection connection, String name, Duration timeout, Runnable work) throws SQLException {
        acquire(connection, name, timeout);
        try {
            work.run();
        } finally {
            release(connection, name);
        }
    }

    /** The lock name for a database: one lock per schema, so separate databases migrate in parallel. */
    public static String nameFor(String database) {
        String name = "tradebot_migration_" + (database == null ? "" : database);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static void acquire(Connection connection, String name, Duration timeout) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, name);
            statement.setLong(2, timeout.toSeconds());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getInt(1) != 1 || result.wasNull()) {
                    throw new SQLException("could not take the schema migration lock '" + name + "' within " + timeout.toSeconds()
                            + " s: another service is still migrating, or the database refused the lock");
                }
            }
        }
    }

    private static void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, name);
            statement.executeQuery().close();
        }
    }
}
