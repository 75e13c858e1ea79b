package io.tradebot.ibkr.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A database connection kept by one writer (a group commit's thread) for its transactions, outside JTA: it stays in
 * manual-commit mode, so a transaction costs its statements and one COMMIT. A transaction from the pool under JTA
 * also switches autocommit off and on again around them, two more round trips to the server; on the order path, where
 * each placement waits for two transactions in a row, those round trips were a large share of the latency.
 *
 * <p>While {@link #inTransaction} runs, {@link Jdbc} works on this connection and the risk book registers its
 * {@link Synchronization} here ({@link #current()}), as it would with JTA: {@code beforeCompletion} runs before the
 * COMMIT, {@code afterCompletion} after it (or after the rollback). Hibernate does not take part: only plain JDBC
 * belongs in such a transaction. A connection that fails is closed and a new one taken for the next transaction.
 */
public final class WriterConnection implements AutoCloseable {

    private static final ThreadLocal<Transaction> CURRENT = new ThreadLocal<>();

    private final AgroalDataSource database;
    private final String name;
    private Connection connection;

    public WriterConnection(AgroalDataSource database, String name) {
        this.database = database;
        this.name = name;
    }

    /** The transaction running on this thread through {@link #inTransaction}, if any. */
    public static Optional<Transaction> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** One transaction on a writer's connection. */
    public static final class Transaction {
        private final Connection connection;
        private final List<Synchronization> synchronizations = new ArrayList<>();
        private final Map<Class<?>, Object> resources = new HashMap<>();

        private Transaction(Connection connection) {
            this.connection = connection;
        }

        /** The connection the transaction runs on; not to be closed by its users. */
        public Connection connection() {
            return connection;
        }

        /** Runs {@code synchronization} around this transaction's end, like JTA's interposed synchronizations. */
        public void register(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        /** The transaction's resource under {@code key}, or null. */
        public Object resource(Class<?> key) {
            return resources.get(key);
        }

        public void putResource(Class<?> key, Object value) {
            resources.put(key, value);
        }

        private void afterCompletion(int status) {
            for (Synchronization synchronization : synchronizations) {
                try {
                    synchronization.afterCompletion(status);
                } catch (RuntimeException e) {
                    Log.errorf(e, "After a writer's transaction ended (status %d)", status);
                }
            }
        }
    }

    /**
     * Runs {@code work} in a transaction of its own on this writer's connection and commits it; rolls back and rethrows
     * when {@code work} (or the commit) fails. Not reentrant; concurrent callers take turns.
     */
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (CURRENT.get() != null || QuarkusTransaction.isActive()) {
            // the pool would enlist the connection in the JTA transaction and take it back when that ends
            throw new IllegalStateException(name + ": a writer's transaction cannot run inside another transaction");
        }
        Transaction transaction = new Transaction(open());
        CURRENT.set(transaction);
        boolean committed = false;
        try {
            T result = work.get();
            for (Synchronization synchronization : transaction.synchronizations) {
                synchronization.beforeCompletion();
            }
            transaction.connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new OrderWriteException(e);
        } finally {
            CURRENT.remove();
            try {
                if (!committed) {
                    rollback();
                }
            } finally {
                // always told, whatever the rollback does: the risk book counts running transactions until then
                transaction.afterCompletion(committed ? Status.STATUS_COMMITTED : Status.STATUS_ROLLEDBACK);
            }
        }
    }

    private Connection open() {
        try {
            if (connection == null) {
                Connection opened = database.getConnection();
                opened.setAutoCommit(false);
                connection = opened;
            }
            return connection;
        } catch (SQLException e) {
            throw new OrderWriteException(e);
        }
    }

    /** Rolls the transaction back; a connection that cannot even do that is dropped, and the next transaction takes a new one. */
    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            Log.warnf("%s: rollback failed (%s); taking a new connection", name, e.toString());
            drop();
        }
    }

    private void drop() {
        Connection broken = connection;
        connection = null;
        try {
            if (!broken.isClosed()) {
                broken.close();
            }
        } catch (SQLException e) {
            Log.debugf("%s: closing a failed connection: %s", name, e.toString());
        }
    }

    /** Gives the connection back to the pool. */
    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                Log.debugf("%s: rollback before closing: %s", name, e.toString());
            }
            drop();
        }
    }
}
