package io.tradebot.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replayed trading days through the whole system: the screener's pipeline screens the previous session (gainers,
 * fundamentals, z-score, models) in the pre-market; the strategy runs strategy-core's {@code fundamental} on each entry's
 * trade date and buys before the next session's open with a bracket; the simulated exchange fills them at that open; and
 * the account, orders, positions and watchlist all show it through the gateway. What the picks and the orders must be is
 * worked out from the bundled daily CSVs ({@link BundledDailyBars}, {@link FundamentalEntries}).
 */
@ExtendWith(TradebotSystemExtension.class)
class TradeFlowIT {

    private static final LocalDate TRADE_DATE = LocalDate.parse(TradebotSystem.SIM_FROM);
    private static final LocalDate PREVIOUS_SESSION = LocalDate.parse("2017-12-29");
    private static final BigDecimal INITIAL_CASH = new BigDecimal("100000");
    private static final Duration FLOW_TIMEOUT = Duration.ofMinutes(3);
    /** Entries go in before the open of the session after their trade date: a replayed day (7.5 min at speed 60) on. */
    static final Duration ENTRY_TIMEOUT = Duration.ofMinutes(12);

    private static BundledDailyBars data;
    private static List<BundledDailyBars.Gainer> expectedGainers;

    @BeforeAll
    static void workOutExpectationsFromTheBundledData() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Path root = Path.of(System.getProperty("tradebot.root", "..")).toAbsolutePath().normalize();
        data = BundledDailyBars.load(root.resolve("ibkr-client/src/main/resources/marketdata/daily"));
        // The screen's survivors at the system's k: the scan's 20 gainers, gaining, passing the fundamentals, z ≥ k.
        expectedGainers = data.topGainers(PREVIOUS_SESSION, LocalDate.parse("2017-12-28"), new BigDecimal("5"), 1_000_000, 20)
                .stream().filter(g -> g.changePct().signum() > 0)
                .filter(g -> data.passesDefaultFundamentals(g.symbol()))
                .filter(g -> data.zScore(g.symbol(), PREVIOUS_SESSION, 60) >= TradebotSystem.STD_THRESHOLD)
                .toList();
        // It writes at most 3, ranked by its models' score; with exactly 3 survivors that ranking cannot change which.
        assertThat(expectedGainers).hasSize(3);
    }

    @Test
    void screenerStrategyAndSimulatedExchangeProduceFilledPositionsVisibleThroughTheGateway(TradebotSystem system) {
        String gateway = system.url("frontend-gateway");
        String token = login(gateway);
        List<String> symbols = expectedGainers.stream().map(BundledDailyBars.Gainer::symbol).toList();

        JsonPath watchlist = await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(gateway, token, "/api/watchlists?date=" + TRADE_DATE),
                        json -> json.getList("symbol").size() >= 3);
        assertThat(watchlist.getList("symbol", String.class)).as(system.diagnostics()).containsExactlyInAnyOrderElementsOf(symbols);
        assertThat(watchlist.getList("source", String.class)).containsOnly("FUNDAMENTAL");

        List<FundamentalEntries.Entry> entries = watchlist.getList("$", Map.class).stream()
                .map(e -> new FundamentalEntries.Entry((String) e.get("symbol"), LocalDate.parse((String) e.get("tradeDate")),
                        decimal(e.get("score"))))
                .toList();
        // sized on the starting equity: nothing else trades in this system (macd-vwap runs idle), and all of one date
        assertThat(entries.stream().map(FundamentalEntries.Entry::tradeDate).distinct()).hasSize(1);
        List<FundamentalEntries.Expected> expected = FundamentalEntries.expected(data, entries, INITIAL_CASH);
        checkEntriesFilledWithTheirBrackets(system, gateway, token, expected);
    }

    /**
     * Each entry is a MARKET BUY under strategy-core's intent id, filled at the open of the session after its trade
     * date, with a stop-loss and a take-profit leg; the positions and the cash follow from the fills.
     */
    private static void checkEntriesFilledWithTheirBrackets(TradebotSystem system, String gateway, String token,
            List<FundamentalEntries.Expected> expected) {
        JsonPath orders = await().atMost(ENTRY_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(gateway, token, "/api/orders"), json -> expected.stream().allMatch(e ->
                        "FILLED".equals(json.get("find { it.clientOrderId == '" + e.clientOrderId() + "' }.status"))));

        BigDecimal cash = INITIAL_CASH;
        JsonPath positions = get(gateway, token, "/api/positions");
        for (FundamentalEntries.Expected entry : expected) {
            Map<String, Object> order = orders.getMap("find { it.clientOrderId == '" + entry.clientOrderId() + "' }");
            BigDecimal commission = FundamentalEntries.ibkrFixedCommission(entry.quantity(), entry.fillPrice());
            assertThat(order.get("strategy")).isEqualTo("fundamental");
            assertThat(order.get("side")).isEqualTo("BUY");
            assertThat(order.get("type")).isEqualTo("MARKET");
            assertThat(decimal(order.get("quantity"))).as("quantity of " + entry.symbol()).isEqualByComparingTo(entry.quantity());
            assertThat(decimal(order.get("filledQuantity"))).isEqualByComparingTo(entry.quantity());
            assertThat(decimal(order.get("avgFillPrice"))).as("fills at the open of " + entry.fillDay().date())
                    .isEqualByComparingTo(entry.fillPrice());
            assertThat(decimal(order.get("commission"))).isEqualByComparingTo(commission);
            cash = cash.subtract(entry.quantity().multiply(entry.fillPrice())).subtract(commission);

            List<Map<String, Object>> legs = orders.getList("findAll { it.parentClientOrderId == '" + entry.clientOrderId() + "' }");
            Map<String, Object> stopLoss = legs.stream().filter(l -> "STOP".equals(l.get("type"))).findFirst().orElseThrow();
            Map<String, Object> takeProfit = legs.stream().filter(l -> "LIMIT".equals(l.get("type"))).findFirst().orElseThrow();
            assertThat(legs).as("bracket of " + entry.symbol()).hasSize(2).allSatisfy(leg -> {
                assertThat(leg.get("side")).isEqualTo("SELL");
                assertThat(decimal(leg.get("quantity"))).isEqualByComparingTo(entry.quantity());
            });
            assertThat(decimal(stopLoss.get("stopPrice"))).isEqualByComparingTo(entry.stopLoss());
            assertThat(decimal(takeProfit.get("limitPrice"))).isEqualByComparingTo(entry.takeProfit());
            Object held = positions.get("find { it.symbol == '" + entry.symbol() + "' }.quantity");
            if (!entry.bracketReachedOnFillDay()) {
                assertThat(legs).as("%s's range on %s stays inside its bracket", entry.symbol(), entry.fillDay().date())
                        .noneMatch(leg -> "FILLED".equals(leg.get("status")));
                assertThat(decimal(held)).isEqualByComparingTo(entry.quantity());
                continue;
            }
            // the range reaches a leg, at a minute of the day's modelled path: a filled leg sells on its side of the range
            Map<String, Object> exit = legs.stream().filter(l -> "FILLED".equals(l.get("status"))).findFirst().orElse(null);
            if (exit == null) {
                assertThat(decimal(held)).isEqualByComparingTo(entry.quantity());
            } else {
                BigDecimal price = decimal(exit.get("avgFillPrice"));
                assertThat("STOP".equals(exit.get("type")) ? price.compareTo(entry.stopLoss()) <= 0 : price.compareTo(entry.takeProfit()) >= 0)
                        .as("exit of %s at %s", entry.symbol(), price).isTrue();
                assertThat(held).isNull();
                cash = cash.add(entry.quantity().multiply(price)).subtract(decimal(exit.get("commission")));
            }
        }
        assertThat(orders.getList("findAll { it.strategy == 'fundamental' && it.parentClientOrderId == null }"))
                .as("one entry per expected order" + system.diagnostics()).hasSize(expected.size());

        JsonPath account = get(gateway, token, "/api/account");
        assertThat(decimal(account.get("cash"))).isEqualByComparingTo(cash);
    }

    @Test
    void rejectsAWrongPasswordAtTheGateway(TradebotSystem system) {
        given().baseUri(system.url("frontend-gateway")).contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "wrong"))
                .post("/api/auth/login")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesDataWithoutAToken(TradebotSystem system) {
        given().baseUri(system.url("frontend-gateway")).get("/api/orders").then().statusCode(401);
    }

    static String login(String gateway) {
        return given().baseUri(gateway).contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", TradebotSystem.ADMIN_PASSWORD))
                .post("/api/auth/login")
                .then().statusCode(200).extract().path("accessToken");
    }

    private static JsonPath get(String base, String token, String path) {
        return given().baseUri(base).auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static BigDecimal decimal(Object value) {
        assertThat(value).isNotNull();
        return new BigDecimal(value.toString());
    }
}
