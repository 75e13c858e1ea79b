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
import io.tradebot.devkit.IbkrRequest;
import io.tradebot.devkit.IbkrRoute;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One poll of the strategy against a real database and ibkr-client replaced at the HTTP boundary. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_strategyfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class EntryServiceQuarkusTest {

    private static final LocalDate DAY = LocalDate.parse("2024-03-05");
    private static final ClockView PRE_MARKET = new ClockView(Instant.parse("2024-03-05T14:05:00Z"), DAY, Session.PRE, "sim", 60);
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

    @Test
    void sendsOneOrderPerNewEntryWithItsDeterministicIdAndConsumesTheEntry() {
        rows.add("MOON", DAY, "30", "{\"close\":13.00}");
        rows.add("STAR", DAY, "20", "{\"close\":24.00}");

        entries.act(PRE_MARKET);
        entries.act(PRE_MARKET);

        assertThat(postedIds()).containsExactly("fundamental-MOON-20240305-BUY", "fundamental-STAR-20240305-BUY");
        JsonNode moon = json(ibkr.orders().get(0));
        assertThat(moon.get("quantity").decimalValue()).isEqualByComparingTo("769");
        assertThat(moon.get("side").asText()).isEqualTo("BUY");
        assertThat(moon.get("type").asText()).isEqualTo("MARKET");
        assertThat(moon.get("strategy").asText()).isEqualTo("fundamental");
        assertThat(json(ibkr.orders().get(1)).get("quantity").decimalValue()).isEqualByComparingTo("416");
        assertThat(rows.status("MOON")).isEqualTo("CONSUMED");
        assertThat(rows.status("STAR")).isEqualTo("CONSUMED");
        assertThat(rows.updatedAt("MOON")).doesNotStartWith("2024-01-01");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradebot_strategy_orders_sent_total"))
                .body(containsString("tradebot_strategy_signals_expired_total"));
    }

    @Test
    void expiresAnEntryFromAnEarlierDayWithoutOrdering() {
        rows.add("OLD", DAY.minusDays(1), "50", "{\"close\":10}");

        entries.act(PRE_MARKET);

        assertThat(rows.status("OLD")).isEqualTo("EXPIRED");
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void leavesTheEntryNewWhenIbkrClientAnswers503AndSendsTheSameOrderAtTheNextPoll() {
        rows.add("RETRY", DAY, "10", "{\"close\":50}");
        ibkr.failNextOrders(503, 3);

        entries.act(PRE_MARKET);
        assertThat(rows.status("RETRY")).isEqualTo("NEW");

        entries.act(PRE_MARKET);
        assertThat(rows.status("RETRY")).isEqualTo("CONSUMED");
        assertThat(postedIds()).hasSize(4).containsOnly("fundamental-RETRY-20240305-BUY");
    }

    @Test
    void expiresTheEntryWhenIbkrClientRejectsTheOrderWith400() {
        rows.add("BAD", DAY, "10", "{\"close\":50}");
        ibkr.failNextOrders(400, 1);

        entries.act(PRE_MARKET);

        assertThat(rows.status("BAD")).isEqualTo("EXPIRED");
        assertThat(ibkr.orders()).hasSize(1);
    }

    @Test
    void waitsWithTodaysEntryOnceTheRegularSessionIsOver() {
        rows.add("LATE", DAY, "10", "{\"close\":50}");

        entries.act(new ClockView(Instant.parse("2024-03-05T21:05:00Z"), DAY, Session.POST, "sim", 60));

        assertThat(rows.status("LATE")).isEqualTo("NEW");
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void sizesFromTheLastDailyBarWhenTheReasonsHaveNoClose() {
        rows.add("BARS", DAY, "10", "{\"rank\":1}");
        ibkr.bars("[{\"start\":\"2024-03-01T14:30:00Z\",\"size\":\"1day\",\"open\":40,\"high\":41,\"low\":39,\"close\":40,"
                + "\"volume\":1000,\"derived\":false},{\"start\":\"2024-03-04T14:30:00Z\",\"size\":\"1day\",\"open\":48,"
                + "\"high\":51,\"low\":47,\"close\":50,\"volume\":1000,\"derived\":false}]");

        entries.act(PRE_MARKET);

        assertThat(json(ibkr.orders().getFirst()).get("quantity").decimalValue()).isEqualByComparingTo("200");
        IbkrRequest bars = ibkr.requests(IbkrRoute.BARS).getFirst();
        assertThat(bars.path()).isEqualTo("/api/v1/marketdata/BARS/bars");
        assertThat(bars.query()).containsEntry("size", "1day").containsEntry("from", "2024-02-20")
                .containsEntry("to", "2024-03-04");
    }

    @Test
    void expiresAnEntryTheAllocationCannotBuyOneShareOf() {
        rows.add("PRICY", DAY, "10", "{\"close\":20000}");

        entries.act(PRE_MARKET);

        assertThat(rows.status("PRICY")).isEqualTo("EXPIRED");
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void entersAtMostTheDailyMaximumBestScoreFirst() {
        for (int i = 1; i <= 6; i++) {
            rows.add("S" + i, DAY, String.valueOf(i), "{\"close\":10}");
        }

        entries.act(PRE_MARKET);
        entries.act(PRE_MARKET);

        assertThat(postedIds()).hasSize(5).doesNotContain("fundamental-S1-20240305-BUY");
        assertThat(rows.status("S1")).isEqualTo("NEW");
    }
}
