package io.tradebot.ibkr.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A writer's own connection: commits, rollbacks, the synchronizations around them, and a connection that breaks. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class WriterConnectionTest {

    @Inject
    AgroalDataSource database;

    @Inject
    Jdbc jdbc;

    private WriterConnection writer;
    private final List<String> ends = new ArrayList<>();

    @BeforeEach
    void open() {
        writer = new WriterConnection(database, "test-writer");
    }

    @AfterEach
    void close() {
        writer.close();
    }

    /** Books a receipt under a fresh clientOrderId through {@link Jdbc} (so on the writer's connection) and returns the id. */
    private String receipt() {
        String id = "writer-" + UUID.randomUUID();
        jdbc.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sim_exchange_order (client_order_id, broker_order_id, received_at) VALUES (?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, "SIM-W");
                insert.setObject(3, Jdbc.wallTime(Instant.now()));
                return insert.executeUpdate();
            }
        });
        return id;
    }

    /** Read on a pooled connection of its own: what other transactions see. */
    private boolean stored(String id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM sim_exchange_order WHERE client_order_id = ?")) {
            query.setString(1, id);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private void recordEnds() {
        WriterConnection.current().orElseThrow().register(new Synchronization() {
            @Override
            public void beforeCompletion() {
                ends.add("before");
            }

            @Override
            public void afterCompletion(int status) {
                ends.add(status == Status.STATUS_COMMITTED ? "committed" : status == Status.STATUS_ROLLEDBACK ? "rolled back" : "?");
            }
        });
    }

    @Test
    void commitsWhatJdbcWroteOnItsConnectionAndTellsTheSynchronizationsBeforeAndAfter() throws SQLException {
        String id = writer.inTransaction(() -> {
            recordEnds();
            String written = receipt();
            try {
                assertThat(stored(written)).as("uncommitted, so invisible to another connection").isFalse();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return written;
        });

        assertThat(stored(id)).isTrue();
        assertThat(ends).containsExactly("before", "committed");
        assertThat(WriterConnection.current()).isEmpty();
    }

    @Test
    void rollsBackEverythingWhenTheWorkFailsAndKeepsTheConnectionForTheNextTransaction() throws SQLException {
        List<String> written = new ArrayList<>();
        assertThatThrownBy(() -> writer.inTransaction(() -> {
            recordEnds();
            written.add(receipt());
            throw new IllegalStateException("the batch failed");
        })).hasMessage("the batch failed");

        assertThat(stored(written.get(0))).isFalse();
        assertThat(ends).containsExactly("rolled back");
        String next = writer.inTransaction(this::receipt);
        assertThat(stored(next)).isTrue();
    }

    @Test
    void aDuplicateKeyFailsItsTransactionOnly() throws SQLException {
        String first = writer.inTransaction(this::receipt);
        assertThatThrownBy(() -> writer.inTransaction(() -> jdbc.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sim_exchange_order (client_order_id, broker_order_id, received_at) VALUES (?, 'SIM-X', ?)")) {
                insert.setString(1, first);
                insert.setObject(2, Jdbc.wallTime(Instant.now()));
                return insert.executeUpdate();
            }
        }))).isInstanceOf(OrderWriteException.class);

        assertThat(stored(writer.inTransaction(this::receipt))).isTrue();
    }

    @Test
    void takesANewConnectionWhenItsConnectionBreaks() throws SQLException {
        assertThatThrownBy(() -> writer.inTransaction(() -> {
            receipt();
            try {
                WriterConnection.current().orElseThrow().connection().close(); // as a server restart would leave it
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        })).isInstanceOf(OrderWriteException.class);

        String after = writer.inTransaction(this::receipt);
        assertThat(stored(after)).isTrue();
    }

    @Test
    void refusesToRunInsideAJtaTransactionWhoseEndWouldTakeItsConnectionBack() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> writer.inTransaction(this::receipt)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside another transaction");
    }
}
