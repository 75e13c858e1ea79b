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
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One replayed trading day through the whole system: the screener's pipeline screens the previous session
 * (gainers, fundamentals, z-score, models) in the pre-market, the strategy buys its picks before the open, the simulated exchange fills them at the open,
 * and the account, orders, positions and watchlist all show it through the gateway.
 */
@ExtendWith(TradebotSystemExtension.class)
class TradeFlowIT {

    private static final LocalDate TRADE_DATE = LocalDate.parse(TradebotSystem.SIM_FROM);
    private static final LocalDate PREVIOUS_SESSION = LocalDate.parse("2017-12-29");
    private static final BigDecimal ALLOCATION = new BigDecimal("10000");
    private static final BigDecimal INITIAL_CASH = new BigDecimal("100000");
    private static final Duration FLOW_TIMEOUT = Duration.ofMinutes(3);

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

        JsonPath orders = await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(gateway, token, "/api/orders"),
                        json -> json.getList("status").size() >= 3 && json.getList("status").stream().allMatch("FILLED"::equals));

        BigDecimal spent = BigDecimal.ZERO;
        for (BundledDailyBars.Gainer gainer : expectedGainers) {
            Map<String, Object> order = orders.getMap("find { it.symbol == '" + gainer.symbol() + "' }");
            assertThat(order).as("order for " + gainer.symbol() + system.diagnostics()).isNotNull();
            BigDecimal quantity = ALLOCATION.divide(gainer.close(), 0, RoundingMode.FLOOR);
            BigDecimal open = data.bar(gainer.symbol(), TRADE_DATE).open();
            BigDecimal commission = ibkrFixedCommission(quantity, open);
            assertThat(order.get("clientOrderId")).isEqualTo("fundamental-" + gainer.symbol() + "-20180102-BUY");
            assertThat(order.get("side")).isEqualTo("BUY");
            assertThat(decimal(order.get("quantity"))).isEqualByComparingTo(quantity);
            assertThat(decimal(order.get("filledQuantity"))).isEqualByComparingTo(quantity);
            assertThat(decimal(order.get("avgFillPrice"))).as("fills at the trade date's open").isEqualByComparingTo(open);
            assertThat(decimal(order.get("commission"))).isEqualByComparingTo(commission);
            spent = spent.add(quantity.multiply(open)).add(commission);
        }

        JsonPath positions = get(gateway, token, "/api/positions");
        for (BundledDailyBars.Gainer gainer : expectedGainers) {
            Object quantity = positions.get("find { it.symbol == '" + gainer.symbol() + "' }.quantity");
            assertThat(decimal(quantity)).isEqualByComparingTo(ALLOCATION.divide(gainer.close(), 0, RoundingMode.FLOOR));
        }

        JsonPath account = get(gateway, token, "/api/account");
        assertThat(decimal(account.get("cash"))).isEqualByComparingTo(INITIAL_CASH.subtract(spent));
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

    /** IBKR fixed pricing, worked out here independently of strategy-core: $0.005/share, $1 min, 1% of value max. */
    private static BigDecimal ibkrFixedCommission(BigDecimal quantity, BigDecimal price) {
        BigDecimal fee = quantity.multiply(new BigDecimal("0.005")).max(BigDecimal.ONE);
        return fee.min(quantity.multiply(price).movePointLeft(2));
    }
}
