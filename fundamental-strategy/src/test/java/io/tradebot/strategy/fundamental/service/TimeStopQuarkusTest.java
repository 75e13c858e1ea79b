package io.tradebot.strategy.fundamental.service;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.tradebot.devkit.IbkrRoute;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * strategy-core's time stop run by the service on a held entry: daily bars, positions and orders from ibkr-client
 * replaced at the HTTP boundary, the consumed entry in a real database. The default time stop is 5 sessions, counted
 * from the session after the entry's trade date.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_strategyfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class TimeStopQuarkusTest {

    /** The entry's trade date, a Friday: bought before Monday's open, so Monday 2024-03-04 is its first session. */
    private static final LocalDate TRADE_DATE = LocalDate.parse("2024-03-01");
    private static final String ENTRY_ID = "fundamental:MOON:20240301T143000Z:ENTER_LONG";
    private static final ObjectMapper JSON = new ObjectMapper();

    IbkrClientStandIn ibkr;

    @Inject
    TimeStopService timeStops;

    @Inject
    EntryService entries;

    @Inject
    DataSource db;

    @Inject
    CircuitBreakerMaintenance breakers;

    private WatchlistRows rows;

    @BeforeEach
    void heldSinceMonday() {
        rows = new WatchlistRows(db);
        rows.clear();
        ibkr.reset();
        breakers.resetAll();
        timeStops.forget();
        rows.add("MOON", TRADE_DATE, "30", "{}");
        rows.consume("MOON");
        ibkr.positions("[{\"symbol\":\"MOON\",\"quantity\":1000,\"avgCost\":10.02,\"lastPrice\":10.5,\"marketValue\":10500,"
                + "\"unrealizedPnl\":480,\"realizedPnl\":0}]");
        // the trade date, then Monday 2024-03-04 .. Friday 2024-03-08, then Monday 2024-03-11 (not yet completed on the
        // 11th's pre-market)
        ibkr.bars(IntStream.of(1, 4, 5, 6, 7, 8, 11).mapToObj(d -> "{\"start\":\"2024-03-%02dT14:30:00Z\",\"size\":\"1day\",\"open\":10,"
                .formatted(d) + "\"high\":11,\"low\":9.5,\"close\":10.5,\"volume\":100000,\"derived\":false}")
                .collect(Collectors.joining(",", "[", "]")));
    }

    @Test
    void sellsTheWholePositionBeforeTheOpenAfterTheFifthSessionHeldUnderTheExitIntentsId() {
        timeStops.act(preMarket("2024-03-11"));
        timeStops.act(preMarket("2024-03-11"));

        assertThat(ibkr.orders()).hasSize(1);
        JsonNode order = json(ibkr.orders().getFirst());
        assertThat(order.get("clientOrderId").asText()).isEqualTo("fundamental:MOON:20240308T143000Z:EXIT_LONG");
        assertThat(order.get("side").asText()).isEqualTo("SELL");
        assertThat(order.get("type").asText()).isEqualTo("MARKET");
        assertThat(order.get("strategy").asText()).isEqualTo("fundamental");
        assertThat(order.get("quantity").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void aRestartSendsTheSameExitAgainAndIbkrClientAnswers200() {
        timeStops.act(preMarket("2024-03-11"));
        timeStops.forget();
        timeStops.act(preMarket("2024-03-11"));

        assertThat(ibkr.orders()).hasSize(2);
        assertThat(ibkr.orders().get(1)).isEqualTo(ibkr.orders().get(0));
        assertThat(ibkr.orderAnswers()).containsExactly(201, 200);
    }

    @Test
    void keepsAPositionHeldFewerSessionsThanTheTimeStop() {
        timeStops.act(preMarket("2024-03-08"));

        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void neitherExitsNorEntersAgainAnEntryWhosePositionIsGone() {
        ibkr.positions("[]");

        timeStops.act(preMarket("2024-03-11"));
        entries.act(new ClockView(Instant.parse("2024-03-04T14:05:00Z"), LocalDate.parse("2024-03-04"), Session.PRE, "sim", 60));

        assertThat(ibkr.orders()).isEmpty();
        assertThat(rows.status("MOON")).isEqualTo("CONSUMED");
    }

    @Test
    void sendsTheSameExitAgainAtTheNextPollWhenIbkrClientAnswered503() {
        ibkr.failNextOrders(503, 3);

        timeStops.act(preMarket("2024-03-11"));
        timeStops.act(preMarket("2024-03-11"));

        List<String> ids = ibkr.orders().stream().map(body -> json(body).get("clientOrderId").asText()).toList();
        assertThat(ids).hasSize(4).containsOnly("fundamental:MOON:20240308T143000Z:EXIT_LONG");
        assertThat(ibkr.orderAnswers()).containsExactly(503, 503, 503, 201);
    }

    @Test
    void asksForNoBarsOnTheDayAfterTheTradeDateWhenNoLaterSessionCanHaveClosed() {
        rows.add("STAR", LocalDate.parse("2024-03-07"), "20", "{}");
        rows.consume("STAR");
        ibkr.positions("[{\"symbol\":\"STAR\",\"quantity\":10,\"avgCost\":20,\"lastPrice\":20}]");

        timeStops.act(preMarket("2024-03-08"));

        assertThat(ibkr.requests(IbkrRoute.BARS)).isEmpty();
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void cancelsTheEntrysWorkingBracketBeforeSendingTheExit() {
        ibkr.orderList("[" + leg("SL") + "," + leg("TP") + "]");

        timeStops.act(preMarket("2024-03-11"));

        assertThat(ibkr.requests(IbkrRoute.CANCEL)).singleElement()
                .satisfies(cancel -> assertThat(cancel.path()).isEqualTo("/api/v1/orders/" + ENTRY_ID));
        assertThat(ibkr.requests(IbkrRoute.ORDER_LIST).getFirst().query()).containsEntry("status", "open")
                .containsEntry("strategy", "fundamental").containsEntry("symbol", "MOON");
        assertThat(ibkr.orders()).hasSize(1);
    }

    @Test
    void holdsTheExitBackWhileTheBracketCannotBeCancelled() {
        ibkr.orderList("[" + leg("SL") + "]");
        ibkr.fail(IbkrRoute.CANCEL, 503);

        timeStops.act(preMarket("2024-03-11"));
        assertThat(ibkr.orders()).isEmpty();

        ibkr.cancelled("{}");
        timeStops.act(preMarket("2024-03-11"));
        assertThat(ibkr.orders()).hasSize(1);
    }

    @Test
    void sendsNothingAfterTheClose() {
        timeStops.act(new ClockView(Instant.parse("2024-03-11T21:30:00Z"), LocalDate.parse("2024-03-11"), Session.POST, "sim", 60));

        assertThat(ibkr.orders()).isEmpty();
    }

    /** A working bracket leg of the entry, as {@code GET /orders?status=open} lists it. */
    private static String leg(String kind) {
        return ("{\"clientOrderId\":\"%s-%s\",\"strategy\":\"fundamental\",\"symbol\":\"MOON\",\"side\":\"SELL\","
                + "\"status\":\"SUBMITTED\",\"parentClientOrderId\":\"%s\"}").formatted(ENTRY_ID, kind, ENTRY_ID);
    }

    private static ClockView preMarket(String day) {
        LocalDate date = LocalDate.parse(day);
        return new ClockView(Instant.parse(day + "T13:10:00Z"), date, Session.PRE, "sim", 60);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
