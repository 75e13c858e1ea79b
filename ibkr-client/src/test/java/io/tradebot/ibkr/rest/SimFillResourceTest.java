package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.Session;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.risk.RiskView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.repository.ExecutionEntity;
import io.tradebot.ibkr.repository.ExecutionRepository;
import io.tradebot.ibkr.repository.OutboxEventEntity;
import io.tradebot.ibkr.repository.OutboxEventRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class SimFillResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration FILL_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    ExecutionRepository executions;
    @Inject
    OutboxEventRepository outbox;
    @Inject
    ObjectMapper json;

    private static OrderView place(String id, String symbol, String side, int quantity) {
        Map<String, Object> body = Map.of("clientOrderId", id, "strategy", "fill-test", "symbol", symbol, "side", side,
                "type", "MARKET", "quantity", quantity);
        return as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders")
                .then().statusCode(201).extract().as(OrderView.class);
    }

    private static OrderView awaitFilled(String id) {
        return await().atMost(FILL_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> as("VIEWER").get("/api/v1/orders/" + id).then().statusCode(200).extract().as(OrderView.class),
                        order -> order.status().name().equals("FILLED"));
    }

    private static void awaitNoOpenOrders() {
        await().atMost(FILL_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> as("VIEWER").queryParam("status", "open").get("/api/v1/orders").then().statusCode(200)
                        .extract().as(OrderView[].class), open -> open.length == 0);
    }

    private static AccountView account() {
        return as("VIEWER").get("/api/v1/account").then().statusCode(200).extract().as(AccountView.class);
    }

    private static BigDecimal heldQuantity(String symbol) {
        return Arrays.stream(as("VIEWER").get("/api/v1/positions").then().statusCode(200).extract().as(PositionView[].class))
                .filter(p -> p.symbol().equals(symbol)).map(PositionView::quantity).findFirst().orElse(BigDecimal.ZERO);
    }

    /** The minute the service filled {@code order} in is the first one the API serves from the order's placement. */
    private static BarView fillMinute(OrderView order, ExecutionEntity execution) {
        return OrderFlow.minutesThrough(order.symbol(), order.createdAt(), execution.executedAt).getFirst();
    }

    private ExecutionEntity onlyExecution(String clientOrderId) {
        return QuarkusTransaction.requiringNew().call(() -> executions.find("clientOrderId", clientOrderId).singleResult());
    }

    @Test
    void fillsAMarketBuyAtTheNextMinutesOpenAndBooksItEverywhere() throws Exception {
        awaitNoOpenOrders();
        AccountView before = account();
        BigDecimal heldBefore = heldQuantity("KO");
        String id = "fill-" + UUID.randomUUID();

        OrderView placed = place(id, "KO", "BUY", 100);
        OrderView filled = awaitFilled(id);

        ExecutionEntity execution = onlyExecution(id);
        BarView minute = fillMinute(placed, execution);
        BigDecimal expectedCommission = new BigDecimal("1.00"); // 100 x $0.005 = $0.50, raised to the $1 minimum
        assertThat(filled.avgFillPrice()).isEqualByComparingTo(minute.open());
        assertThat(filled.filledQuantity()).isEqualByComparingTo("100");
        assertThat(filled.commission()).isEqualByComparingTo(expectedCommission);

        BigDecimal cost = minute.open().multiply(new BigDecimal("100")).add(expectedCommission);
        assertThat(account().cash()).isEqualByComparingTo(before.cash().subtract(cost));
        assertThat(heldQuantity("KO")).isEqualByComparingTo(heldBefore.add(new BigDecimal("100")));

        assertThat(execution.execId).isEqualTo("SIM-" + placed.brokerOrderId().substring(4) + "-" + minute.start().getEpochSecond());
        assertThat(execution.price).isEqualByComparingTo(minute.open());
        assertThat(execution.executedAt).isEqualTo(minute.start());

        List<OutboxEventEntity> events = QuarkusTransaction.requiringNew()
                .call(() -> outbox.list("aggregateId", id));
        assertThat(events).singleElement().satisfies(event -> assertThat(event.eventType).isEqualTo("ORDER_FILLED"));
        JsonNode payload = json.readTree(events.get(0).payload);
        assertThat(payload.get("symbol").asText()).isEqualTo("KO");
        assertThat(new BigDecimal(payload.get("price").asText())).isEqualByComparingTo(minute.open());
    }

    @Test
    void marketOrderPlacedMidSessionFillsAtTheOpenOfTheNextMinuteOfTheSameSession() {
        awaitNoOpenOrders();
        // well inside the session: the placement itself takes a few simulated minutes at the test speed
        await().atMost(FILL_TIMEOUT).pollInterval(Duration.ofMillis(20)).until(OrderFlow::clock, clock -> {
            LocalTime time = clock.now().atZone(NEW_YORK).toLocalTime();
            return clock.session() == Session.REGULAR && time.isAfter(LocalTime.of(9, 45)) && time.isBefore(LocalTime.of(14, 0));
        });
        String id = "fill-" + UUID.randomUUID();
        OrderView placed = place(id, "MSFT", "BUY", 10);
        awaitFilled(id);

        LocalTime placedAt = placed.createdAt().atZone(NEW_YORK).toLocalTime();
        assertThat(placedAt).as("placed during the session").isBetween(LocalTime.of(9, 45), LocalTime.of(15, 58));
        Instant minuteStart = placed.createdAt().truncatedTo(ChronoUnit.MINUTES);
        Instant nextMinute = minuteStart.equals(placed.createdAt()) ? minuteStart : minuteStart.plusSeconds(60);
        ExecutionEntity execution = onlyExecution(id);
        assertThat(execution.executedAt).isEqualTo(nextMinute);
        assertThat(LocalDate.ofInstant(execution.executedAt, NEW_YORK)).isEqualTo(LocalDate.ofInstant(placed.createdAt(), NEW_YORK));
        BarView served = OrderFlow.minutesThrough("MSFT", nextMinute, nextMinute).getFirst();
        assertThat(served.start()).isEqualTo(nextMinute);
        assertThat(execution.price).isEqualByComparingTo(served.open());
        assertThat(execution.execId).isEqualTo(placed.brokerOrderId() + "-" + nextMinute.getEpochSecond());
    }

    @Test
    void sellingBackRealizesTheProfitAndKeepsEquityConsistent() {
        awaitNoOpenOrders();
        BigDecimal heldBefore = heldQuantity("PFE");
        String buyId = "fill-" + UUID.randomUUID();
        place(buyId, "PFE", "BUY", 300);
        OrderView bought = awaitFilled(buyId);
        String sellId = "fill-" + UUID.randomUUID();
        place(sellId, "PFE", "SELL", 300);
        OrderView sold = awaitFilled(sellId);

        assertThat(heldQuantity("PFE")).isEqualByComparingTo(heldBefore);
        AccountView account = account();
        assertThat(account.equity()).isEqualByComparingTo(account.cash().add(account.marketValue()));
        assertThat(account.accountId()).isEqualTo("SIM");
        assertThat(LocalDate.ofInstant(sold.updatedAt(), NEW_YORK)).isAfterOrEqualTo(LocalDate.ofInstant(bought.updatedAt(), NEW_YORK));
    }

    @Test
    void reportsTheAccountWithRegTMarginBuyingPowerAndTodaysProfit() {
        String buyId = "fill-" + UUID.randomUUID();
        place(buyId, "PFE", "BUY", 200);
        awaitFilled(buyId);

        // the account and the risk view are read one after the other: retry the rare pair that straddles a new day
        AccountView account = await().atMost(Duration.ofSeconds(30)).until(SimFillResourceTest::account, read -> {
            RiskView risk = as("VIEWER").get("/api/v1/risk").then().statusCode(200).extract().as(RiskView.class);
            return read.todayPnl() != null && risk.tradingDate().equals(LocalDate.ofInstant(read.asOf(), NEW_YORK))
                    && read.todayPnl().compareTo(read.equity().subtract(risk.startOfDayEquity())) == 0;
        });
        assertThat(account.currency()).isEqualTo("USD");
        assertThat(account.equity()).isEqualByComparingTo(account.cash().add(account.marketValue()));
        BigDecimal gross = account.marketValue().abs();
        assertThat(gross).isPositive();
        assertThat(account.marginUsed()).isEqualByComparingTo(gross.multiply(new BigDecimal("0.5")));
        assertThat(account.buyingPower()).isEqualByComparingTo(account.equity().multiply(BigDecimal.valueOf(2)).subtract(gross));
    }
}
