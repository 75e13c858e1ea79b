package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.OrderFlow.awaitStatus;
import static io.tradebot.ibkr.rest.OrderFlow.body;
import static io.tradebot.ibkr.rest.OrderFlow.executions;
import static io.tradebot.ibkr.rest.OrderFlow.minutesThrough;
import static io.tradebot.ibkr.rest.OrderFlow.newId;
import static io.tradebot.ibkr.rest.OrderFlow.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.common.market.BarView;
import io.tradebot.common.order.ExecutionView;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.repository.OrderEventRepository;
import io.tradebot.ibkr.repository.OrderRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a tiny share of each minute's volume allowed, a MARKET order fills in parts over several minutes, each
 * part at its minute's open plus the slippage.
 */
@QuarkusTest
@TestProfile(PartialFillResourceTest.TinyVolumeShareAndSlippage.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class PartialFillResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static final String SHARE = "0.00002";
    private static final String SLIPPAGE_BPS = "5";
    private static final BigDecimal QUANTITY = new BigDecimal("40");

    /**
     * One execution may take 1/50,000 of a minute's volume: an AAPL minute in the middle of the day trades
     * around 100,000 shares (2 here), the opening minute around a million (20); and 5 basis points of slippage.
     */
    public static class TinyVolumeShareAndSlippage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradebot.ibkr.sim.max-volume-share", SHARE, "tradebot.ibkr.sim.slippage-bps", SLIPPAGE_BPS);
        }
    }

    @Inject
    OrderRepository orders;
    @Inject
    OrderEventRepository events;

    @Test
    void fillsOverSeveralMinutesCappedByEachMinutesVolumeAtItsOpenPlusSlippageAndChargesTheMinimumOnce() {
        String id = newId("part");
        OrderView placed = place(body(id, "partial-test", "AAPL", "BUY", "MARKET", QUANTITY.intValue()));
        OrderView filled = awaitStatus(id, "FILLED");

        List<ExecutionView> fills = new ArrayList<>(executions(id));
        fills.sort(Comparator.comparing(ExecutionView::executedAt));
        List<BarView> minutes = minutesThrough("AAPL", placed.createdAt(), fills.getLast().executedAt());
        BigDecimal slip = BigDecimal.ONE.add(new BigDecimal(SLIPPAGE_BPS).divide(new BigDecimal("10000")));
        BigDecimal remaining = QUANTITY;
        List<BigDecimal> expectedQuantities = new ArrayList<>();
        List<BigDecimal> expectedPrices = new ArrayList<>();
        List<Instant> expectedTimes = new ArrayList<>();
        BigDecimal expectedValue = BigDecimal.ZERO;
        for (BarView minute : minutes) {
            BigDecimal cap = BigDecimal.valueOf(minute.volume()).multiply(new BigDecimal(SHARE)).setScale(0, RoundingMode.FLOOR);
            BigDecimal quantity = remaining.min(cap);
            if (quantity.signum() > 0) {
                BigDecimal price = minute.open().multiply(slip).setScale(6, RoundingMode.HALF_EVEN);
                expectedQuantities.add(quantity);
                expectedPrices.add(price);
                expectedTimes.add(minute.start());
                expectedValue = expectedValue.add(quantity.multiply(price));
                remaining = remaining.subtract(quantity);
            }
            if (remaining.signum() == 0) {
                break;
            }
        }
        assertThat(remaining).as("the served minutes account for the whole order").isZero();
        assertThat(expectedQuantities).as("the cap binds on this data").hasSizeGreaterThan(1);
        assertThat(fills).extracting(ExecutionView::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expectedQuantities);
        assertThat(fills).extracting(ExecutionView::price).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expectedPrices);
        assertThat(fills).extracting(ExecutionView::executedAt).containsExactlyElementsOf(expectedTimes);
        assertThat(fills).extracting(ExecutionView::execId)
                .containsExactlyElementsOf(expectedTimes.stream().map(t -> placed.brokerOrderId() + "-" + t.getEpochSecond()).toList());
        assertThat(filled.filledQuantity()).isEqualByComparingTo(QUANTITY);
        // the average is kept at 6 decimals after each execution, so it may drift by half a millionth per execution
        assertThat(filled.avgFillPrice()).isCloseTo(expectedValue.divide(QUANTITY, 10, RoundingMode.HALF_EVEN),
                within(new BigDecimal("0.000001").multiply(BigDecimal.valueOf(fills.size()))));
        assertThat(filled.commission()).isEqualByComparingTo("1.00");
        assertThat(fills.stream().map(ExecutionView::commission).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1.00");

        List<OrderStatus> chain = QuarkusTransaction.requiringNew().call(() -> events.ofOrder(
                orders.findByClientOrderId(id).orElseThrow().id)).stream().map(row -> row.toStatus).toList();
        List<OrderStatus> expectedChain = new ArrayList<>(List.of(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.ACCEPTED));
        for (int i = 1; i < expectedQuantities.size(); i++) {
            expectedChain.add(OrderStatus.PARTIALLY_FILLED);
        }
        expectedChain.add(OrderStatus.FILLED);
        assertThat(chain).containsExactlyElementsOf(expectedChain);
    }
}
