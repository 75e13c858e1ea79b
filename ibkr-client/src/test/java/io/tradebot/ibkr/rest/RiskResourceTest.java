package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.RiskTestApi.awaitFilled;
import static io.tradebot.ibkr.rest.RiskTestApi.awaitNoOpenOrders;
import static io.tradebot.ibkr.rest.RiskTestApi.code;
import static io.tradebot.ibkr.rest.RiskTestApi.place;
import static io.tradebot.ibkr.rest.RiskTestApi.risk;
import static io.tradebot.ibkr.rest.RiskTestApi.setState;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.risk.RiskView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.order.OrderFilled;
import io.tradebot.ibkr.repository.OutboxEventEntity;
import io.tradebot.ibkr.repository.OutboxEventRepository;
import io.tradebot.ibkr.repository.RiskStateEntity;
import io.tradebot.ibkr.repository.RiskStateRepository;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk endpoints: reading and setting the trading state, flatten, and the automatic daily loss switch. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class RiskResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static final BigDecimal RICH_MORNING = new BigDecimal("10000000");

    @Inject
    RiskStateRepository states;
    @Inject
    OutboxEventRepository outbox;
    @Inject
    ObjectMapper json;
    @Inject
    Event<OrderFilled> fills;

    @AfterEach
    void resumeTradingWithAFreshDay() {
        setState("ACTIVE", "risk test done");
        QuarkusTransaction.requiringNew().run(() -> {
            RiskStateEntity row = states.lock();
            row.startOfDayDate = null;
            row.dailyLossTriggered = false;
            // written the way the application writes it, so the in-memory risk book follows the commit
            riskBook.stateWritten(row);
        });
    }

    @Inject
    RiskBook riskBook;

    private List<OutboxEventEntity> stateEventsSince(long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.list("eventType = ?1 and id > ?2", "RISK_STATE_CHANGED", id));
    }

    private long lastOutboxId() {
        return QuarkusTransaction.requiringNew().call(() -> outbox.find("order by id desc").firstResultOptional()
                .map(event -> event.id).orElse(0L));
    }

    /** Pretends the account started today with ten million, so equity is far below the daily loss floor. */
    private void startTodayRich() {
        ClockView clock = as("VIEWER").get("/api/v1/clock").then().statusCode(200).extract().as(ClockView.class);
        QuarkusTransaction.requiringNew().run(() -> {
            RiskStateEntity row = states.lock();
            row.startOfDayDate = clock.tradingDate();
            row.startOfDayEquity = RICH_MORNING;
            row.dailyLossTriggered = false;
            // written the way the application writes it, so the in-memory risk book follows the commit
            riskBook.stateWritten(row);
        });
    }

    @Test
    void showsStateLimitsAndTodaysFiguresToEveryRole() {
        for (String role : List.of("VIEWER", "TRADER", "service", "ADMIN")) {
            as(role).get("/api/v1/risk").then().statusCode(200).body("state", equalTo("ACTIVE"));
        }
        RiskView risk = risk();
        assertThat(risk.limits().maxOpenPositions()).isEqualTo(8);
        assertThat(risk.limits().dailyLossPct()).isEqualByComparingTo("5");
        assertThat(risk.limits().initialMarginPct()).isEqualByComparingTo("50");
        assertThat(risk.limits().maxOrdersPerMinute()).isEqualTo(30);
        assertThat(risk.startOfDayEquity()).isNotNull();
        assertThat(risk.todayPnl()).isEqualByComparingTo(risk.equity().subtract(risk.startOfDayEquity()));
        assertThat(risk.grossExposure()).isNotNegative();
    }

    @Test
    void anAdminSetsTheStateWithAnAuditTrailAndAnOutboxEvent() throws Exception {
        long before = lastOutboxId();
        RiskView halted = setState("HALTED", "test: market turmoil");
        assertThat(halted.state().name()).isEqualTo("HALTED");
        assertThat(halted.reason()).isEqualTo("test: market turmoil");
        assertThat(halted.changedBy()).isEqualTo("test-ADMIN");
        assertThat(halted.changedAt()).isNotNull();
        assertThat(risk().state().name()).isEqualTo("HALTED");

        List<OutboxEventEntity> events = stateEventsSince(before);
        assertThat(events).hasSize(1);
        JsonNode payload = json.readTree(events.get(0).payload);
        assertThat(payload.get("state").asText()).isEqualTo("HALTED");
        assertThat(payload.get("changedBy").asText()).isEqualTo("test-ADMIN");
        assertThat(payload.get("reason").asText()).isEqualTo("test: market turmoil");
    }

    @Test
    void onlyAnAdminMaySetTheStateOrFlatten() {
        for (String role : List.of("TRADER", "VIEWER", "service")) {
            as(role).contentType(ContentType.JSON).body(Map.of("state", "HALTED", "reason", "not mine to say"))
                    .put("/api/v1/risk/state").then().statusCode(403).contentType("application/problem+json");
            as(role).post("/api/v1/risk/flatten").then().statusCode(403).contentType("application/problem+json");
        }
        assertThat(risk().state().name()).isEqualTo("ACTIVE");
    }

    @Test
    void refusesAnUnknownStateOrAMissingReasonNamingTheField() {
        Map<String, Object> unknown = Map.of("state", "PANIC", "reason", "because");
        Map<String, Object> noState = Map.of("reason", "because");
        Map<String, Object> noReason = Map.of("state", "HALTED");
        Map<String, Object> blankReason = Map.of("state", "HALTED", "reason", "  ");
        for (Map<String, Object> body : List.of(unknown, noState)) {
            as("ADMIN").contentType(ContentType.JSON).body(body).put("/api/v1/risk/state").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("state"));
        }
        for (Map<String, Object> body : List.of(noReason, blankReason)) {
            as("ADMIN").contentType(ContentType.JSON).body(body).put("/api/v1/risk/state").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("reason"));
        }
        assertThat(risk().state().name()).isEqualTo("ACTIVE");
    }

    @Test
    void flattenSetsReducingAndClosesEachPositionWithADeterministicOrder() {
        awaitNoOpenOrders();
        String buy = "flat-buy-" + UUID.randomUUID();
        place(buy, "risk-test", "KO", "BUY", 5, 201);
        String shortSale = "flat-short-" + UUID.randomUUID();
        place(shortSale, "risk-test", "PFE", "SELL", 7, 201);
        awaitFilled(buy);
        awaitFilled(shortSale);
        Map<String, BigDecimal> held = new HashMap<>();
        RiskTestApi.positions().forEach(position -> held.put(position.symbol(), position.quantity()));

        List<OrderView> closing = List.of(as("ADMIN").post("/api/v1/risk/flatten").then().statusCode(200)
                .extract().as(OrderView[].class));

        assertThat(risk().state().name()).isEqualTo("REDUCING");
        assertThat(closing).hasSize(held.size()).allSatisfy(order -> {
            assertThat(order.clientOrderId()).matches("flatten-" + order.symbol() + "-\\d{14}");
            assertThat(order.strategy()).isEqualTo("flatten");
            assertThat(order.type().name()).isEqualTo("MARKET");
            assertThat(order.side().name()).isEqualTo(held.get(order.symbol()).signum() > 0 ? "SELL" : "BUY");
            assertThat(order.quantity()).isEqualByComparingTo(held.get(order.symbol()).abs());
        });
        closing.forEach(order -> awaitFilled(order.clientOrderId()));
        assertThat(RiskTestApi.positions()).isEmpty();
    }

    /** One try of the daily loss scenario: where the outbox stood, the order, and the risk view read right after it. */
    private record LossAttempt(long outboxBefore, OrderView order, RiskView risk) {
    }

    @Test
    void equityAtTheDailyLossLimitSwitchesToReducingAndRejectsTheOrderThatSawIt() throws Exception {
        LossAttempt attempt = await().atMost(RiskTestApi.TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> {
            // the replay day may roll over during a try (a day lasts 6 s at the test speed); a new day
            // legitimately starts with a fresh start-of-day equity, so such a try is repeated from ACTIVE
            RiskTestApi.setState("ACTIVE", "daily loss test: a new try");
            long before = lastOutboxId();
            startTodayRich();
            OrderView order = place("loss-" + UUID.randomUUID(), "risk-test", "KO", "BUY", 1, 201);
            return new LossAttempt(before, order, risk());
        }, tried -> tried.order().status().name().equals("REJECTED")
                && tried.risk().tradingDate().equals(tried.order().createdAt().atZone(OrderFlow.NEW_YORK).toLocalDate()));

        OrderView rejected = attempt.order();
        assertThat(code(rejected)).as(rejected.rejectReason()).isEqualTo("DAILY_LOSS_LIMIT");
        RiskView risk = attempt.risk();
        assertThat(risk.state().name()).isEqualTo("REDUCING");
        assertThat(risk.reason()).startsWith("DAILY_LOSS_LIMIT: ");
        assertThat(risk.changedBy()).isEqualTo("system");
        assertThat(risk.dailyLossTriggered()).isTrue();
        List<OutboxEventEntity> events = stateEventsSince(attempt.outboxBefore());
        assertThat(events).hasSize(1);
        JsonNode payload = json.readTree(events.get(0).payload);
        assertThat(payload.get("state").asText()).isEqualTo("REDUCING");
        assertThat(payload.get("previousState").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aFillThatLeavesEquityAtTheDailyLossLimitSwitchesToReducing() {
        await().atMost(RiskTestApi.TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> {
            startTodayRich();
            fills.fire(new OrderFilled("a-fill", "KO", Instant.now()));
            return risk();
        }, risk -> risk.state().name().equals("REDUCING"));
        assertThat(risk().reason()).startsWith("DAILY_LOSS_LIMIT: ");
    }
}
