package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.OrderFlow.awaitStatus;
import static io.tradebot.ibkr.rest.OrderFlow.body;
import static io.tradebot.ibkr.rest.OrderFlow.executions;
import static io.tradebot.ibkr.rest.OrderFlow.lastClose;
import static io.tradebot.ibkr.rest.OrderFlow.minutesThrough;
import static io.tradebot.ibkr.rest.OrderFlow.newId;
import static io.tradebot.ibkr.rest.OrderFlow.place;
import static io.tradebot.ibkr.rest.OrderFlow.times;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.market.BarView;
import io.tradebot.common.order.ExecutionView;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.TradeView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.strategy.fill.IbkrFixedCommission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Brackets: exits appear when the entry fills, one cancels the other, and the round trip is recorded. */
@QuarkusTest
@TestProfile(WideCollarProfile.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class BracketResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static final String STRATEGY = "bracket-test";
    private static final BigDecimal TEN = BigDecimal.TEN;

    @AfterEach
    void cancelLeftovers() {
        OrderFlow.cancelOpenOrders(STRATEGY);
    }

    private static Map<String, Object> bracketEntry(String id, String symbol, BigDecimal stopLoss, BigDecimal takeProfit) {
        Map<String, Object> body = body(id, STRATEGY, symbol, "BUY", "MARKET", 10);
        body.put("timeInForce", "DAY");
        body.put("bracket", Map.of("stopLoss", stopLoss, "takeProfit", takeProfit));
        return body;
    }

    @Test
    void takeProfitFillCancelsTheStopLossFlattensThePositionAndRecordsTheTrade() {
        BigDecimal close = lastClose("MCD");
        BigDecimal stopLoss = times(close, "0.80");
        BigDecimal takeProfit = OrderFlow.comingHigh("MCD");
        String id = newId("brk");
        OrderView placed = place(bracketEntry(id, "MCD", stopLoss, takeProfit));

        OrderView takeProfitOrder = awaitStatus(id + "-TP", "FILLED");
        OrderView stopLossOrder = OrderFlow.get(id + "-SL");
        OrderView entry = OrderFlow.get(id);
        assertThat(stopLossOrder.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stopLossOrder.parentClientOrderId()).isEqualTo(id);
        assertThat(stopLossOrder.stopPrice()).isEqualByComparingTo(stopLoss);
        assertThat(takeProfitOrder.parentClientOrderId()).isEqualTo(id);
        assertThat(takeProfitOrder.side().name()).isEqualTo("SELL");

        // worked out from the served minutes: the entry fills at the open of the first minute after placement,
        // the exits work from the minute after it
        ExecutionView exitExecution = executions(id + "-TP").getFirst();
        List<BarView> minutes = minutesThrough("MCD", placed.createdAt(), exitExecution.executedAt());
        BigDecimal entryPrice = minutes.get(0).open();
        List<BarView> afterEntry = minutes.subList(1, minutes.size());
        ExpectedFill exit = ExpectedFill.limit(afterEntry, false, takeProfit).orElseThrow();
        assertThat(afterEntry.subList(0, afterEntry.indexOf(exit.bar()) + 1)).as("the stop-loss is never reached first")
                .allSatisfy(bar -> assertThat(bar.low()).isGreaterThan(stopLoss));
        assertThat(entry.avgFillPrice()).isEqualByComparingTo(entryPrice);
        assertThat(executions(id)).singleElement().satisfies(execution ->
                assertThat(execution.executedAt()).isEqualTo(minutes.get(0).start()));
        assertThat(takeProfitOrder.avgFillPrice()).isEqualByComparingTo(exit.price());
        assertThat(exitExecution.executedAt()).isEqualTo(exit.executedAt());

        IbkrFixedCommission fees = new IbkrFixedCommission();
        BigDecimal entryFee = fees.commission(TEN, entryPrice);
        BigDecimal exitFee = fees.commission(TEN, exit.price());
        BigDecimal avgCost = entryPrice.multiply(TEN).add(entryFee).divide(TEN, 6, RoundingMode.HALF_EVEN);
        BigDecimal pnl = exit.price().subtract(avgCost).multiply(TEN).subtract(exitFee);
        List<TradeView> trades = List.of(as("VIEWER").queryParam("symbol", "MCD").queryParam("strategy", STRATEGY)
                .get("/api/v1/trades").then().statusCode(200).extract().as(TradeView[].class));
        assertThat(trades).singleElement().satisfies(trade -> {
            assertThat(trade.direction()).isEqualTo("LONG");
            assertThat(trade.quantity()).isEqualByComparingTo(TEN);
            assertThat(trade.entryPrice()).isEqualByComparingTo(avgCost);
            assertThat(trade.exitPrice()).isEqualByComparingTo(exit.price());
            assertThat(trade.commission()).isEqualByComparingTo(exitFee);
            assertThat(trade.realizedPnl()).isEqualByComparingTo(pnl);
            assertThat(trade.clientOrderId()).isEqualTo(id + "-TP");
        });
        assertThat(Arrays.stream(as("VIEWER").get("/api/v1/positions").then().statusCode(200).extract().as(PositionView[].class))
                .filter(p -> p.symbol().equals("MCD"))).isEmpty();
    }

    @Test
    void cancellingAFilledBracketEntryCancelsItsWorkingExitsThenRefusesAgain() {
        BigDecimal close = lastClose("NKE");
        String id = newId("brk");
        place(bracketEntry(id, "NKE", times(close, "0.5"), times(close, "2")));
        awaitStatus(id + "-SL", "ACCEPTED");
        assertThat(OrderFlow.get(id + "-TP").status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(OrderFlow.get(id + "-TP").quantity()).isEqualByComparingTo(TEN);

        as("TRADER").delete("/api/v1/orders/" + id).then().statusCode(200);
        assertThat(OrderFlow.get(id).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(OrderFlow.get(id + "-SL").status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(OrderFlow.get(id + "-TP").status()).isEqualTo(OrderStatus.CANCELLED);
        as("TRADER").delete("/api/v1/orders/" + id).then().statusCode(409);
    }

    @Test
    void cancellingAWorkingBracketEntryLeavesNoExits() {
        String id = newId("brk");
        Map<String, Object> body = bracketEntry(id, "DIS", new BigDecimal("0.5"), new BigDecimal("2"));
        body.put("type", "LIMIT");
        body.put("limitPrice", 1);
        place(body);
        as("service").delete("/api/v1/orders/" + id).then().statusCode(200);
        as("VIEWER").get("/api/v1/orders/" + id + "-SL").then().statusCode(404);
    }
}
