package io.tradebot.devkit;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an embedded MariaDB in the foreground until killed; {@code ./tradebot up} starts it when no
 * other database is configured or reachable.
 * Usage: {@code EmbeddedDatabaseMain PORT DATA_DIR DATABASE}.
 */
public final class EmbeddedDatabaseMain {

    private EmbeddedDatabaseMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedDatabaseMain PORT DATA_DIR DATABASE");
            System.exit(2);
        }
        DatabaseServer server = EmbeddedMariaDb.start(Path.of(args[1]), Integer.parseInt(args[0]));
        DatabaseLocator.ensureDatabase(server, args[2], false);
        System.out.println("embedded MariaDB ready: " + server.jdbcUrl(args[2]));
        new CountDownLatch(1).await();
    }
}
