package io.tradebot.devkit;

/**
 * A MySQL-compatible server Tradebot can use, without a database name.
 *
 * @param host     host name or address
 * @param port     TCP port
 * @param user     user name
 * @param password password (may be empty)
 * @param query    JDBC URL options after {@code ?}, or empty
 */
public record DatabaseServer(String host, int port, String user, String password, String query) {

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    /** The JDBC URL of the server itself, for administrative statements. */
    public String serverUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + (query.isEmpty() ? "" : "?" + query);
    }
}
