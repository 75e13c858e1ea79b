package io.tradebot.benchmarks;

import io.tradebot.devkit.DatabaseLocator;
import io.tradebot.devkit.DatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates and removes the throw-away database a benchmark runs against, on the server a JDBC URL names
 * (credentials from {@code TRADEBOT_DB_USER} and {@code TRADEBOT_DB_PASSWORD}, as for the services).
 * Usage: {@code BenchmarkDatabase create|drop JDBC_URL DATABASE}; {@code create} drops any earlier one
 * and prints the JDBC URL of the new, empty database.
 */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 3 || !(args[0].equals("create") || args[0].equals("drop"))) {
            System.err.println("usage: BenchmarkDatabase create|drop JDBC_URL DATABASE");
            System.exit(2);
        }
        String user = System.getenv().getOrDefault("TRADEBOT_DB_USER", "root");
        String password = System.getenv().getOrDefault("TRADEBOT_DB_PASSWORD", "");
        DatabaseServer server = DatabaseLocator.fromUrl(args[1], user, password);
        String database = args[2];
        if (args[0].equals("create")) {
            System.out.println(create(server, database));
        } else {
            drop(server, database);
        }
    }

    /** Creates {@code database} empty on {@code server} (dropping an earlier one) and returns its JDBC URL. */
    static String create(DatabaseServer server, String database) {
        DatabaseLocator.ensureDatabase(server, database, true);
        return server.jdbcUrl(database);
    }

    /** Removes {@code database} from {@code server} if it is there. */
    static void drop(DatabaseServer server, String database) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be letters, digits and underscores: " + database);
        }
        try (Connection c = DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }
}
