package io.tradebot.strategy.fundamental.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.Session;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One poll of the strategy against a real database and ibkr-client replaced at the HTTP boundary: entries of Monday
 * 2024-03-04 decided before Tuesday's open on Monday's daily bar. Expected sizes are worked out here from the default
 * parameters (risk 1%, cap 9% of equity, stop-loss 2%, take-profit 5%).
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_strategyfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class EntryServiceQuarkusTest {

    private static final LocalDate MONDAY = LocalDate.parse("2024-03-04");
    private static final LocalDate TUESDAY = LocalDate.parse("2024-03-05");
    private static final ClockView PRE_MARKET = new ClockView(Instant.parse("2024-03-05T14:05:00Z"), TUESDAY, Session.PRE, "sim", 60);
    private static final BigDecimal EQUITY = new BigDecimal("100000");
    private static final ObjectMapper JSON = new ObjectMapper();

    IbkrClientStandIn ibkr;

    @Inject
    EntryService entries;

    @Inject
    DataSource db;

    @Inject
    CircuitBreakerMaintenance breakers;

    private WatchlistRows rows;

    @BeforeEach
    void freshState() {
        rows = new WatchlistRows(db);
        rows.clear();
        ibkr.reset();
        breakers.resetAll();
        ibkr.account("{\"accountId\":\"SIM\",\"currency\":\"USD\",\"cash\":100000,\"marketValue\":0,\"equity\":100000}");
    }

    @Test
    void sendsOneBracketedOrderPerEntryUnderTheIntentsIdAndConsumesTheEntry() {
        rows.add("MOON", MONDAY, "30", "{}");
        rows.add("STAR", MONDAY, "20", "{}");
        ibkr.bars("MOON", bars(day(1, "12.50"), day(4, "13.00")));
        ibkr.bars("STAR", bars(day(4, "24.00")));

        entries.act(PRE_MARKET);
        entries.act(PRE_MARKET);

        assertThat(postedIds()).containsExactly("fundamental:MOON:20240304T143000Z:ENTER_LONG",
                "fundamental:STAR:20240304T143000Z:ENTER_LONG");
        JsonNode moon = json(ibkr.orders().get(0));
        assertThat(moon.get("quantity").decimalValue()).isEqualByComparingTo(capped("13.00"));
        assertThat(moon.get("side").asText()).isEqualTo("BUY");
        assertThat(moon.get("type").asText()).isEqualTo("MARKET");
        assertThat(moon.get("strategy").asText()).isEqualTo("fundamental");
        assertThat(moon.at("/bracket/stopLoss").decimalValue()).isEqualByComparingTo("12.74");
        assertThat(moon.at("/bracket/takeProfit").decimalValue()).isEqualByComparingTo("13.65");
        assertThat(json(ibkr.orders().get(1)).get("quantity").decimalValue()).isEqualByComparingTo(capped("24.00"));
        assertThat(rows.status("MOON")).isEqualTo("CONSUMED");
        assertThat(rows.status("STAR")).isEqualTo("CONSUMED");
        assertThat(rows.updatedAt("MOON")).doesNotStartWith("2024-01-01");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradebot_strategy_orders_sent_total"))
                .body(containsString("tradebot_strategy_signals_expired_total"));
    }

    @Test
    void waitsWhileTheTradeDatesSessionHasNotClosed() {
        rows.add("TODAY", TUESDAY, "10", "{}");
        ibkr.bars("TODAY", bars(day(4, "50")));

        entries.act(PRE_MARKET);
        entries.act(new ClockView(Instant.parse("2024-03-05T21:05:00Z"), TUESDAY, Session.POST, "sim", 60));

        assertThat(rows.status("TODAY")).isEqualTo("NEW");
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void sendsNothingAfterTheCloseAndEntersBeforeTheNextOpen() {
        rows.add("LATE", MONDAY, "10", "{}");
        ibkr.bars("LATE", bars(day(4, "50")));

        entries.act(new ClockView(Instant.parse("2024-03-04T21:05:00Z"), MONDAY, Session.POST, "sim", 60));
        assertThat(ibkr.orders()).isEmpty();

        entries.act(PRE_MARKET);
        assertThat(postedIds()).containsExactly("fundamental:LATE:20240304T143000Z:ENTER_LONG");
    }

    @Test
    void expiresAnEntryWhoseNextSessionClosedBeforeItWasEntered() {
        rows.add("OLD", LocalDate.parse("2024-03-01"), "50", "{}");
        ibkr.bars("OLD", bars(day(1, "10"), day(4, "10.50")));

        entries.act(PRE_MARKET);

        assertThat(rows.status("OLD")).isEqualTo("EXPIRED");
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void expiresAnEntryWithoutABarOnItsTradeDateOrAlreadyHeld() {
        rows.add("GONE", MONDAY, "10", "{}");
        rows.add("HELD", MONDAY, "10", "{}");
        ibkr.bars("HELD", bars(day(4, "20")));
        ibkr.positions("[{\"symbol\":\"HELD\",\"quantity\":100,\"avgCost\":19,\"lastPrice\":20}]");

        entries.act(PRE_MARKET);

        assertThat(rows.status("GONE")).isEqualTo("EXPIRED");
        assertThat(rows.status("HELD")).isEqualTo("EXPIRED");
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void leavesTheEntryNewWhenIbkrClientAnswers503AndSendsTheSameOrderAtTheNextPoll() {
        rows.add("RETRY", MONDAY, "10", "{}");
        ibkr.bars("RETRY", bars(day(4, "50")));
        ibkr.failNextOrders(503, 3);

        entries.act(PRE_MARKET);
        assertThat(rows.status("RETRY")).isEqualTo("NEW");

        entries.act(PRE_MARKET);
        assertThat(rows.status("RETRY")).isEqualTo("CONSUMED");
        assertThat(postedIds()).hasSize(4).containsOnly("fundamental:RETRY:20240304T143000Z:ENTER_LONG");
        assertThat(ibkr.orderAnswers()).containsExactly(503, 503, 503, 201);
    }

    @Test
    void waitsWithoutExpiringAnythingWhileTheAccountShowsNoEquity() {
        rows.add("MOON", MONDAY, "30", "{}");
        ibkr.bars("MOON", bars(day(4, "13.00")));
        ibkr.account("{\"accountId\":\"SIM\",\"cash\":0}");

        entries.act(PRE_MARKET);

        assertThat(rows.status("MOON")).isEqualTo("NEW");
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void expiresTheEntryWhenIbkrClientRejectsTheOrderWith400() {
        rows.add("BAD", MONDAY, "10", "{}");
        ibkr.bars("BAD", bars(day(4, "50")));
        ibkr.failNextOrders(400, 1);

        entries.act(PRE_MARKET);

        assertThat(rows.status("BAD")).isEqualTo("EXPIRED");
        assertThat(ibkr.orders()).hasSize(1);
    }

    @Test
    void expiresAnEntryTheCapCannotBuyOneShareOf() {
        rows.add("PRICY", MONDAY, "10", "{}");
        ibkr.bars("PRICY", bars(day(4, "20000")));

        entries.act(PRE_MARKET);

        assertThat(rows.status("PRICY")).isEqualTo("EXPIRED");
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void entersAtMostTheDailyMaximumBestScoreFirst() {
        for (int i = 1; i <= 6; i++) {
            rows.add("S" + i, MONDAY, String.valueOf(i), "{}");
        }
        ibkr.bars(bars(day(4, "10")));

        entries.act(PRE_MARKET);
        entries.act(PRE_MARKET);

        assertThat(postedIds()).hasSize(5).doesNotContain("fundamental:S1:20240304T143000Z:ENTER_LONG");
        assertThat(rows.status("S1")).isEqualTo("NEW");
    }

    /** floor(9% of the equity / close): the cap, which binds before 1% risk to a 2% stop (50% of equity) does. */
    private static BigDecimal capped(String close) {
        return EQUITY.multiply(new BigDecimal("0.09")).divide(new BigDecimal(close), 0, RoundingMode.FLOOR);
    }

    /** A daily bar of 2024-03-{day} starting 09:30 New York (14:30 UTC), every price {@code close}. */
    private static String day(int day, String close) {
        return ("{\"start\":\"2024-03-%02dT14:30:00Z\",\"size\":\"1day\",\"open\":%s,\"high\":%s,\"low\":%s,"
                + "\"close\":%s,\"volume\":100000,\"derived\":false}").formatted(day, close, close, close, close);
    }

    private static String bars(String... bars) {
        return "[" + String.join(",", bars) + "]";
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> postedIds() {
        return ibkr.orders().stream().map(b -> json(b).get("clientOrderId").asText()).toList();
    }
}
