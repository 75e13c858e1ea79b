package io.tradebot.devkit;

/**
 * {@code ./tradebot up --fresh}: drops the database a JDBC URL names and creates it empty, so the services
 * start on a new book (the replay clock then starts at {@code --from} instead of resuming).
 * Usage: {@code FreshDatabase JDBC_URL USER [PASSWORD]}.
 */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: FreshDatabase JDBC_URL USER [PASSWORD]");
            System.exit(2);
        }
        String database = DatabaseLocator.databaseOf(args[0]);
        DatabaseServer server = DatabaseLocator.fromUrl(args[0], args[1], args.length == 3 ? args[2] : "");
        DatabaseLocator.ensureDatabase(server, database, true);
        System.out.println(database);
    }
}
