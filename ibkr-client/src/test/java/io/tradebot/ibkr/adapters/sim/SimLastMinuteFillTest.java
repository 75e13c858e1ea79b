package io.tradebot.ibkr.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.fill.BarExecution;
import io.tradebot.strategy.fill.BarReplay;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A MARKET DAY order that reaches the simulated exchange in the session's last minute fills at that minute's close, as
 * an exchange fills a market order sent just before the bell; it used to expire unfilled (no next minute's open before
 * the close), which left a flatten sent at 15:59 with its positions open. Walked on the real bars with the service's
 * own model, without writing anything.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class SimLastMinuteFillTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String SYMBOL = "INTC";

    @Inject
    SimFillBooking booking;
    @Inject
    SimBars bars;
    @Inject
    IbkrClientConfig config;

    private static Instant newYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    private OrderEntity marketDaySell(Instant submittedAt) {
        OrderEntity order = new OrderEntity();
        order.id = 990_001L;
        order.clientOrderId = "last-minute";
        order.symbol = SYMBOL;
        order.side = OrderSide.SELL;
        order.type = OrderType.MARKET;
        order.quantity = new BigDecimal("5");
        order.timeInForce = TimeInForce.DAY;
        order.status = OrderStatus.ACCEPTED;
        order.filledQuantity = BigDecimal.ZERO;
        order.submittedAt = submittedAt;
        order.expiresAt = bars.dayExpiry(SYMBOL, submittedAt);
        return order;
    }

    /** What a SELL receives at {@code price} after the configured slippage. */
    private BigDecimal sold(BigDecimal price) {
        BigDecimal slippage = config.sim().slippageBps().divide(new BigDecimal("10000"));
        return price.multiply(BigDecimal.ONE.subtract(slippage)).setScale(6, RoundingMode.HALF_EVEN);
    }

    private Bar minute(Instant start) {
        return bars.window(SYMBOL, start, start).getFirst();
    }

    @Test
    void fillsAMarketDayOrderSentInTheLastMinuteAtThatMinutesCloseOnceTheSessionCloses() {
        Instant close = newYork("2015-01-15T16:00:00");
        OrderEntity order = marketDaySell(newYork("2015-01-15T15:59:49"));
        assertThat(order.expiresAt).isEqualTo(close);

        BarReplay.Result beforeTheBell = booking.walk(order, close.minusSeconds(1));
        assertThat(beforeTheBell.executions()).isEmpty();
        assertThat(beforeTheBell.expired()).isFalse();

        Bar last = minute(newYork("2015-01-15T15:59:00"));
        BarReplay.Result afterTheBell = booking.walk(order, close.plusSeconds(30));
        List<BarExecution> executions = afterTheBell.executions();
        assertThat(executions).singleElement().satisfies(execution -> {
            assertThat(execution.bar()).isEqualTo(last.start());
            assertThat(execution.at()).isEqualTo(close);
            assertThat(execution.quantity()).isEqualByComparingTo("5");
            assertThat(execution.price()).isEqualByComparingTo(sold(last.close()));
        });
        assertThat(afterTheBell.expired()).isFalse();
    }

    @Test
    void stillFillsAMarketOrderSentEarlierAtTheNextMinutesOpen() {
        OrderEntity order = marketDaySell(newYork("2015-01-15T15:58:49"));
        Bar next = minute(newYork("2015-01-15T15:59:00"));
        BarReplay.Result result = booking.walk(order, newYork("2015-01-15T16:00:30"));
        assertThat(result.executions()).singleElement().satisfies(execution -> {
            assertThat(execution.bar()).isEqualTo(next.start());
            assertThat(execution.at()).isEqualTo(next.start());
            assertThat(execution.price()).isEqualByComparingTo(sold(next.open()));
        });
    }
}
