package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.OrderFlow.awaitStatus;
import static io.tradebot.ibkr.rest.OrderFlow.barsFrom;
import static io.tradebot.ibkr.rest.OrderFlow.body;
import static io.tradebot.ibkr.rest.OrderFlow.executions;
import static io.tradebot.ibkr.rest.OrderFlow.newId;
import static io.tradebot.ibkr.rest.OrderFlow.openOf;
import static io.tradebot.ibkr.rest.OrderFlow.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.common.order.ExecutionView;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.repository.OrderEventRepository;
import io.tradebot.ibkr.repository.OrderRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With a tiny share of each bar's volume allowed, an order fills in parts over several bars. */
@QuarkusTest
@TestProfile(PartialFillResourceTest.TinyVolumeShare.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class PartialFillResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static final String SHARE = "0.0000001";

    /** One execution may take 1/10,000,000 of a bar's volume: a few AAPL shares a day. */
    public static class TinyVolumeShare implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradebot.ibkr.sim.max-volume-share", SHARE);
        }
    }

    @Inject
    OrderRepository orders;
    @Inject
    OrderEventRepository events;

    @Test
    void fillsInPartsCappedByEachBarsVolumeAndChargesTheMinimumOnce() {
        String id = newId("part");
        OrderView placed = place(body(id, "partial-test", "AAPL", "BUY", "MARKET", 12));
        OrderView filled = awaitStatus(id, "FILLED");

        List<ExecutionView> fills = new ArrayList<>(executions(id));
        fills.sort(Comparator.comparing(ExecutionView::executedAt));
        List<CsvBars> bars = barsFrom("AAPL", placed.createdAt());
        BigDecimal remaining = new BigDecimal("12");
        List<BigDecimal> expectedQuantities = new ArrayList<>();
        BigDecimal expectedValue = BigDecimal.ZERO;
        for (CsvBars bar : bars) {
            BigDecimal cap = BigDecimal.valueOf(bar.volume()).multiply(new BigDecimal(SHARE)).setScale(0, RoundingMode.FLOOR);
            BigDecimal quantity = remaining.min(cap);
            if (quantity.signum() > 0) {
                expectedQuantities.add(quantity);
                expectedValue = expectedValue.add(quantity.multiply(bar.open()));
                remaining = remaining.subtract(quantity);
                int index = expectedQuantities.size() - 1;
                assertThat(fills.get(index).executedAt()).isEqualTo(openOf(bar));
                assertThat(fills.get(index).price()).isEqualByComparingTo(bar.open());
            }
            if (remaining.signum() == 0) {
                break;
            }
        }
        assertThat(expectedQuantities).as("the cap binds on this data").hasSizeGreaterThan(1);
        assertThat(fills).extracting(ExecutionView::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expectedQuantities);
        assertThat(filled.filledQuantity()).isEqualByComparingTo("12");
        assertThat(filled.avgFillPrice()).isEqualByComparingTo(expectedValue.divide(new BigDecimal("12"), 6, RoundingMode.HALF_EVEN));
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
