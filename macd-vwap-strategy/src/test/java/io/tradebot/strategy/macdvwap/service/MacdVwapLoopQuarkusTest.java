package io.tradebot.strategy.macdvwap.service;

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
import io.tradebot.devkit.IbkrRoute;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.strategy.macdvwap.SpyMinutes;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.signal.BarEvent;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.StrategyRegistry;
import io.tradebot.strategy.signal.SymbolStrategy;
import io.tradebot.strategy.signal.TradeIntent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live loop over a real trading day of SPY minutes (2011-03-02, warmed up on 2011-03-01), stepped along a
 * market clock, against a real database and ibkr-client replaced at the HTTP boundary by devkit's stand-in, which
 * answers orders idempotently by clientOrderId as ibkr-client does.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_strategymacdvwap"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class MacdVwapLoopQuarkusTest {

    private static final LocalDate WARM_UP_DAY = LocalDate.parse("2011-03-01");
    private static final LocalDate DAY = LocalDate.parse("2011-03-02");
    private static final Instant OPEN = Instant.parse("2011-03-02T14:30:00Z");
    private static final Instant LAST_STEP = Instant.parse("2011-03-02T20:59:30Z");
    private static final BigDecimal EQUITY = new BigDecimal("100000");
    private static final List<Bar> BARS = SpyMinutes.of(WARM_UP_DAY, DAY);
    private static final ObjectMapper JSON = new ObjectMapper();

    IbkrClientStandIn ibkr;

    @Inject
    MacdVwapLoop loop;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void freshState() {
        ibkr.reset();
        breakers.resetAll();
        loop.forget();
        ibkr.bars(SpyMinutes.json(BARS));
        ibkr.account("{\"accountId\":\"SIM\",\"currency\":\"USD\",\"cash\":100000,\"marketValue\":0,\"equity\":100000,"
                + "\"buyingPower\":200000,\"marginUsed\":0,\"realizedPnl\":0,\"unrealizedPnl\":0,\"asOf\":\"2011-03-02T14:30:00Z\"}");
    }

    @Test
    void placesExactlyTheOrdersStrategyCoreComputesFromTheBarsItFetched() {
        stepThroughTheDay();

        List<TradeIntent> expected = strategyCoreIntents(LAST_STEP);
        assertThat(expected).as("the day has signals to compare").hasSizeGreaterThanOrEqualTo(2);
        List<JsonNode> posted = ibkr.orders().stream().map(MacdVwapLoopQuarkusTest::json).toList();
        assertThat(posted).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            TradeIntent intent = expected.get(i);
            JsonNode order = posted.get(i);
            assertThat(order.get("clientOrderId").asText()).isEqualTo(intent.id());
            assertThat(order.get("strategy").asText()).isEqualTo("macd-vwap");
            assertThat(order.get("symbol").asText()).isEqualTo("SPY");
            assertThat(order.get("side").asText()).isEqualTo(intent.side().name());
            assertThat(order.get("type").asText()).isEqualTo("MARKET");
            assertThat(order.get("timeInForce").asText()).isEqualTo("DAY");
            assertThat(order.get("quantity").decimalValue()).isEqualByComparingTo(intent.quantity());
            assertThat(order.get("bracket").get("stopLoss").decimalValue()).isEqualByComparingTo(intent.bracket().stopLoss());
            assertThat(order.get("bracket").get("takeProfit").decimalValue())
                    .isEqualByComparingTo(intent.bracket().takeProfit());
        }
        assertThat(ibkr.orderAnswers()).containsOnly(201);
    }

    @Test
    void aRestartThatReplaysTheDaySendsOnlyOrdersIbkrClientAlreadyHas() {
        stepThroughTheDay();
        List<String> firstRun = postedIds();
        int firstPosts = firstRun.size();

        loop.forget();
        stepThroughTheDay();

        List<String> all = postedIds();
        assertThat(all.subList(firstPosts, all.size())).containsExactlyElementsOf(firstRun);
        assertThat(ibkr.orderAnswers().subList(firstPosts, all.size())).containsOnly(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradebot_strategy_orders_total{outcome=\"existing\",strategy=\"macd-vwap\"} " + firstPosts));
    }

    @Test
    void aRestartRightAfterASignalSendsThatBarsOrderAgainUnderTheSameId() {
        TradeIntent first = strategyCoreIntents(LAST_STEP).getFirst();
        Instant justAfter = first.barStart().plus(Duration.ofSeconds(80));
        step(justAfter.minus(Duration.ofMinutes(5)));
        step(justAfter);
        loop.forget();
        step(justAfter);

        assertThat(postedIds()).containsExactly(first.id(), first.id());
        assertThat(ibkr.orderAnswers()).containsExactly(201, 200);
    }

    @Test
    void feedsTheBarsAfterASignalOnlyOnceItsOrdersAreDoneWithThePositionIbkrClientThenReports() {
        Instant built = Instant.parse("2011-03-02T16:41:30Z");
        Instant later = Instant.parse("2011-03-02T16:44:30Z");
        List<TradeIntent> flat = strategyCoreIntents(later).stream().filter(i -> i.barStart().isAfter(built.minusSeconds(120)))
                .toList();
        TradeIntent entry = flat.getFirst();
        step(built);
        ibkr.orderList("[{\"clientOrderId\":\"" + entry.id() + "\",\"strategy\":\"macd-vwap\",\"symbol\":\"SPY\","
                + "\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":" + entry.quantity() + ",\"status\":\"SUBMITTED\"}]");

        step(later);
        step(later.plusSeconds(10));
        assertThat(postedIds()).containsExactly(entry.id());

        ibkr.orderList("[]");
        ibkr.positions("[{\"symbol\":\"SPY\",\"quantity\":" + entry.quantity() + ",\"avgCost\":130,\"lastPrice\":130,"
                + "\"marketValue\":10000,\"unrealizedPnl\":0,\"realizedPnl\":0}]");
        step(later.plusSeconds(20));

        SymbolStrategy strategy = StrategyRegistry.create("macd-vwap", List.of()).forSymbol("SPY");
        List<TradeIntent> next = List.of();
        for (Bar bar : BARS) {
            if (bar.start().isAfter(entry.barStart())) {
                next = strategy.onBar(BarEvent.of("SPY", bar, Position.of(entry.quantity(), new BigDecimal("130"), OPEN), EQUITY));
                if (!next.isEmpty()) {
                    break;
                }
            } else {
                strategy.onBar(BarEvent.of("SPY", bar, Position.FLAT, EQUITY));
            }
        }
        assertThat(next).as("a long position meets an exit within the step").anyMatch(i -> !i.action().opens());
        List<String> expected = new ArrayList<>(List.of(entry.id()));
        next.forEach(i -> expected.add(i.id()));
        assertThat(postedIds()).containsExactlyElementsOf(expected);
    }

    @Test
    void aSecondStepAtTheSameMomentSendsNothing() {
        TradeIntent first = strategyCoreIntents(LAST_STEP).getFirst();
        Instant justAfter = first.barStart().plus(Duration.ofSeconds(80));
        step(OPEN.plusSeconds(30));
        step(justAfter);
        step(justAfter);
        step(justAfter.plusSeconds(10));

        assertThat(postedIds()).containsExactly(first.id());
    }

    @Test
    void retriesA503UnderTheSameIdUntilIbkrClientTakesTheOrder() {
        TradeIntent first = strategyCoreIntents(LAST_STEP).getFirst();
        step(OPEN.plusSeconds(30));
        ibkr.failNextOrders(503, 2);

        step(first.barStart().plus(Duration.ofSeconds(80)));

        assertThat(postedIds()).containsExactly(first.id(), first.id(), first.id());
        assertThat(ibkr.orderAnswers()).containsExactly(503, 503, 201);
    }

    @Test
    void sendsAnOrderThatStillFailedAfterTheRetriesAgainAtTheNextStepUnderTheSameId() {
        TradeIntent first = strategyCoreIntents(LAST_STEP).getFirst();
        Instant justAfter = first.barStart().plus(Duration.ofSeconds(80));
        step(OPEN.plusSeconds(30));
        ibkr.failNextOrders(503, 4);

        step(justAfter);
        assertThat(ibkr.orderAnswers()).containsExactly(503, 503, 503, 503);

        step(justAfter.plusSeconds(20));
        assertThat(postedIds()).hasSize(5).containsOnly(first.id());
        assertThat(ibkr.orderAnswers()).endsWith(201);
    }

    @Test
    void dropsAnUnsentOrderOnceItsSignalIsOlderThanTheTtl() {
        TradeIntent first = strategyCoreIntents(LAST_STEP).getFirst();
        step(OPEN.plusSeconds(30));
        ibkr.failNextOrders(503, 4);
        step(first.barStart().plus(Duration.ofSeconds(80)));

        step(first.barStart().plus(Duration.ofMinutes(7)));

        assertThat(postedIds()).hasSize(4).containsOnly(first.id());
    }

    @Test
    void sendsAnExitThatFailedAgainHoweverLateUnderTheSameId() {
        Instant built = Instant.parse("2011-03-02T16:41:30Z");
        step(built);
        BigDecimal shares = new BigDecimal("76");
        ibkr.positions("[{\"symbol\":\"SPY\",\"quantity\":76,\"avgCost\":130,\"lastPrice\":130,"
                + "\"marketValue\":10000,\"unrealizedPnl\":0,\"realizedPnl\":0}]");
        SymbolStrategy strategy = StrategyRegistry.create("macd-vwap", List.of()).forSymbol("SPY");
        List<TradeIntent> atBar = List.of();
        for (Bar bar : BARS) {
            boolean held = !bar.end().isBefore(built);
            List<TradeIntent> intents = strategy.onBar(BarEvent.of("SPY", bar,
                    held ? Position.of(shares, new BigDecimal("130"), OPEN) : Position.FLAT, EQUITY));
            if (held && !intents.isEmpty()) {
                atBar = intents;
                break;
            }
        }
        TradeIntent exit = atBar.getFirst();
        assertThat(exit.action().opens()).isFalse();
        ibkr.failNextOrders(503, 4);
        step(exit.barStart().plus(Duration.ofSeconds(80)));

        step(exit.barStart().plus(Duration.ofMinutes(20)));

        assertThat(postedIds()).filteredOn(exit.id()::equals).hasSize(5);
        assertThat(postedIds()).containsOnlyElementsOf(atBar.stream().map(TradeIntent::id).toList());
        assertThat(postedIds().getLast()).isEqualTo(exit.id());
        assertThat(ibkr.orderAnswers().getLast()).isEqualTo(201);
    }

    @Test
    void neverSendsAgainAnOrderIbkrClientRefused() {
        TradeIntent first = strategyCoreIntents(LAST_STEP).getFirst();
        Instant justAfter = first.barStart().plus(Duration.ofSeconds(80));
        step(OPEN.plusSeconds(30));
        ibkr.failNextOrders(409, 1);

        step(justAfter);
        step(justAfter.plusSeconds(20));

        assertThat(postedIds()).containsExactly(first.id());
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradebot_strategy_orders_total{outcome=\"conflict\",strategy=\"macd-vwap\"}"));
    }

    @Test
    void doesNothingOutsideTheRegularSession() {
        ibkr.clock(Instant.parse("2011-03-02T21:30:00Z"), DAY, "POST");
        loop.step(new ClockView(Instant.parse("2011-03-02T21:30:00Z"), DAY, Session.POST, "sim", 60));

        assertThat(ibkr.requests(IbkrRoute.BARS)).isEmpty();
        assertThat(ibkr.orders()).isEmpty();
    }

    @Test
    void asksIbkrClientForTheWarmUpOnceAndThenOnlyForBarsAfterTheLastOneFed() {
        step(OPEN.plusSeconds(30));
        step(OPEN.plus(Duration.ofMinutes(3)));

        List<String> froms = ibkr.requests(IbkrRoute.BARS).stream().map(r -> r.query().get("from")).toList();
        assertThat(froms).containsExactly("2011-02-26T05:00:00Z", "2011-03-01T21:00:00Z");
        assertThat(ibkr.requests(IbkrRoute.BARS).getFirst().query()).containsEntry("size", "1min");
    }

    /** What strategy-core's macd-vwap, run directly on the same bars flat all along, asks for on DAY's bars ended by {@code until}. */
    private static List<TradeIntent> strategyCoreIntents(Instant until) {
        SymbolStrategy strategy = StrategyRegistry.create("macd-vwap", List.of()).forSymbol("SPY");
        List<TradeIntent> intents = new ArrayList<>();
        for (Bar bar : BARS) {
            if (bar.end().isAfter(until)) {
                break;
            }
            List<TradeIntent> out = strategy.onBar(BarEvent.of("SPY", bar, Position.FLAT, EQUITY));
            if (!bar.start().isBefore(OPEN)) {
                intents.addAll(out);
            }
        }
        return intents;
    }

    /** A step every minute, 30 s into it: each step after the first feeds one new bar. */
    private void stepThroughTheDay() {
        for (Instant now = OPEN.plusSeconds(30); !now.isAfter(LAST_STEP); now = now.plus(Duration.ofMinutes(1))) {
            step(now);
        }
    }

    private void step(Instant now) {
        loop.step(new ClockView(now, DAY, Session.REGULAR, "sim", 60));
    }

    private List<String> postedIds() {
        return ibkr.orders().stream().map(body -> json(body).get("clientOrderId").asText()).toList();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
