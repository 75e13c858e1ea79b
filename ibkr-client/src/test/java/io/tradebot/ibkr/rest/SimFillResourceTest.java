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
import java.time.LocalDate;
import java.time.ZoneId;
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

    /** The first recorded bar whose 09:30 open is at or after the order's submission, read straight from the CSV. */
    private static CsvBars nextBar(String symbol, OrderView order) {
        return CsvBars.of(symbol).stream()
                .filter(bar -> !bar.date().atTime(9, 30).atZone(NEW_YORK).toInstant().isBefore(order.createdAt()))
                .findFirst().orElseThrow();
    }

    @Test
    void fillsAMarketBuyAtTheNextOpenAndBooksItEverywhere() throws Exception {
        awaitNoOpenOrders();
        AccountView before = account();
        BigDecimal heldBefore = heldQuantity("KO");
        String id = "fill-" + UUID.randomUUID();

        OrderView placed = place(id, "KO", "BUY", 100);
        OrderView filled = awaitFilled(id);

        CsvBars bar = nextBar("KO", placed);
        BigDecimal expectedCommission = new BigDecimal("1.00"); // 100 x $0.005 = $0.50, raised to the $1 minimum
        assertThat(filled.avgFillPrice()).isEqualByComparingTo(bar.open());
        assertThat(filled.filledQuantity()).isEqualByComparingTo("100");
        assertThat(filled.commission()).isEqualByComparingTo(expectedCommission);

        BigDecimal cost = bar.open().multiply(new BigDecimal("100")).add(expectedCommission);
        assertThat(account().cash()).isEqualByComparingTo(before.cash().subtract(cost));
        assertThat(heldQuantity("KO")).isEqualByComparingTo(heldBefore.add(new BigDecimal("100")));

        ExecutionEntity execution = QuarkusTransaction.requiringNew()
                .call(() -> executions.find("clientOrderId", id).singleResult());
        assertThat(execution.execId).isEqualTo("SIM-" + placed.brokerOrderId().substring(4) + "-"
                + bar.date().atTime(9, 30).atZone(NEW_YORK).toEpochSecond());
        assertThat(execution.price).isEqualByComparingTo(bar.open());
        assertThat(execution.executedAt).isEqualTo(bar.date().atTime(9, 30).atZone(NEW_YORK).toInstant());

        List<OutboxEventEntity> events = QuarkusTransaction.requiringNew()
                .call(() -> outbox.list("aggregateId", id));
        assertThat(events).singleElement().satisfies(event -> assertThat(event.eventType).isEqualTo("ORDER_FILLED"));
        JsonNode payload = json.readTree(events.get(0).payload);
        assertThat(payload.get("symbol").asText()).isEqualTo("KO");
        assertThat(new BigDecimal(payload.get("price").asText())).isEqualByComparingTo(bar.open());
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
