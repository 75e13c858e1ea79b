package io.tradebot.common.schema;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.exception.LiquibaseException;

/**
 * Brings the schema up to date when a service starts, before anything else touches the database.
 * Every service runs the same changelog; a named database lock lets exactly one migrate at a time,
 * so services may start in any order and all at once, even on an empty database.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Duration LOCK_TIMEOUT = Duration.ofMinutes(5);

    private final LiquibaseFactory liquibaseFactory;
    private final DataSource dataSource;

    public SchemaMigration(LiquibaseFactory liquibaseFactory, DataSource dataSource) {
        this.liquibaseFactory = liquibaseFactory;
        this.dataSource = dataSource;
    }

    void onStart(@Observes @Priority(0) StartupEvent event) throws SQLException {
        try (Connection lockConnection = dataSource.getConnection()) {
            String lock = MigrationLock.nameFor(lockConnection.getCatalog());
            MigrationLock.around(lockConnection, lock, LOCK_TIMEOUT, this::update);
        }
    }

    private void update() {
        try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
            liquibase.update(liquibaseFactory.createContexts(), liquibaseFactory.createLabels());
            Log.info("Database schema is up to date");
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed", e);
        }
    }
}
