package io.tradebot.ibkr.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Plain JDBC on the current transaction's connection (a {@link WriterConnection}'s, or the JTA transaction's, which Agroal
 * hands Hibernate too), for
 * the bulk writes of the order path, where building one entity per row costs more than the write itself.
 */
@ApplicationScoped
public class Jdbc {

    private final AgroalDataSource database;

    public Jdbc(AgroalDataSource database) {
        this.database = database;
    }

    /** Work on a connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on the transaction's connection: a {@link WriterConnection}'s when one runs a transaction on this
     * thread, otherwise the JTA transaction's; a driver failure becomes an {@link OrderWriteException}.
     */
    public <T> T run(Work<T> work) {
        Optional<WriterConnection.Transaction> writer = WriterConnection.current();
        try {
            if (writer.isPresent()) {
                return work.run(writer.get().connection());
            }
            try (Connection connection = database.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new OrderWriteException(e);
        }
    }

    /**
     * True when {@code failure} comes from the database giving up a transaction that may succeed if run again: a
     * deadlock or a lock wait timeout (a {@link SQLTransactionRollbackException}, or SQLState class 40).
     */
    public static boolean isTransient(Throwable failure) {
        return causedBy(failure, cause -> cause instanceof SQLTransactionRollbackException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40"));
    }

    /** True when {@code failure} or one of its causes passes {@code test}. */
    public static boolean causedBy(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code head} with one parenthesised group of marks per row appended when it ends in "VALUES " (a multi-row
     * INSERT; otherwise {@code head} is a whole statement with one row of values), then {@code tail}, binding every
     * row's values in order; returns the update count. Nothing is run for no rows (0).
     */
    public int update(String head, List<List<Object>> rows, String tail) {
        if (rows.isEmpty()) {
            return 0;
        }
        String sql = head.endsWith("VALUES ") ? head + rows(rows.size(), rows.get(0).size()) + tail : head + tail;
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                for (List<Object> row : rows) {
                    for (Object value : row) {
                        statement.setObject(i++, value);
                    }
                }
                return statement.executeUpdate();
            }
        });
    }

    /** Reads one row of a result. */
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs the query {@code sql} with {@code parameters} bound in order and maps every row it returns. */
    public <T> List<T> query(String sql, Collection<?> parameters, RowMapper<T> mapper) {
        return run(connection -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object parameter : parameters) {
                    query.setObject(i++, parameter);
                }
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
            }
            return rows;
        });
    }

    /** {@code at} as the UTC wall time the DATETIME columns hold, as Hibernate stores it ({@code jdbc.timezone=UTC}). */
    public static LocalDateTime wallTime(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The instant a DATETIME column of {@code result} holds as UTC wall time; null for NULL. */
    public static Instant instant(ResultSet result, int column) throws SQLException {
        LocalDateTime at = result.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    /** {@code count} parameter marks separated by commas. */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** {@code rows} parenthesised groups of {@code columns} marks: the VALUES of a multi-row INSERT. */
    public static String rows(int rows, int columns) {
        return String.join(", ", Collections.nCopies(rows, "(" + marks(columns) + ")"));
    }
}
