package io.tradebot.strategy.fundamental.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EntryOrdersTest {

    private static final LocalDate DAY = LocalDate.parse("2024-03-05");

    @Test
    void clientOrderIdIsTheSameForTheSameSymbolDayAndSide() {
        assertThat(EntryOrders.clientOrderId("AAPL", DAY, OrderSide.BUY)).isEqualTo("fundamental-AAPL-20240305-BUY")
                .isEqualTo(EntryOrders.clientOrderId("AAPL", DAY, OrderSide.BUY));
        assertThat(EntryOrders.clientOrderId("AAPL", DAY.plusDays(1), OrderSide.BUY)).isEqualTo("fundamental-AAPL-20240306-BUY");
    }

    @Test
    void clientOrderIdKeepsDottedSymbolsAndStaysWithin64Characters() {
        assertThat(EntryOrders.clientOrderId("BRK.B", DAY, OrderSide.BUY)).isEqualTo("fundamental-BRK.B-20240305-BUY");
        assertThat(EntryOrders.clientOrderId("ABCDEFGHIJKLMNOP", DAY, OrderSide.BUY)).hasSizeLessThanOrEqualTo(64)
                .matches("[A-Za-z0-9._:-]+");
    }

    @Test
    void rejectsSymbolsThatCannotFormAClientOrderId() {
        assertThatThrownBy(() -> EntryOrders.clientOrderId("BRK B", DAY, OrderSide.BUY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BRK B");
    }

    @Test
    void sharesAreTheAllocationOverThePriceRoundedDown() {
        assertThat(EntryOrders.shares(new BigDecimal("10000"), new BigDecimal("123.45"))).isEqualTo(81);
        assertThat(EntryOrders.shares(new BigDecimal("10000"), new BigDecimal("100"))).isEqualTo(100);
        assertThat(EntryOrders.shares(new BigDecimal("10000"), new BigDecimal("100.000001"))).isEqualTo(99);
    }

    @Test
    void sharesAreZeroWhenThePriceExceedsTheAllocation() {
        assertThat(EntryOrders.shares(new BigDecimal("10000"), new BigDecimal("10000.01"))).isZero();
        assertThat(EntryOrders.shares(BigDecimal.ZERO, new BigDecimal("10"))).isZero();
    }

    @Test
    void rejectsANonPositiveReferencePrice() {
        assertThatThrownBy(() -> EntryOrders.shares(new BigDecimal("10000"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryOrders.shares(new BigDecimal("10000"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entryIsADayMarketBuyTaggedWithTheStrategy() {
        WatchlistSignal signal = new WatchlistSignal(7, "MOON", DAY, new BigDecimal("30"), "{}");

        PlaceOrderRequest order = EntryOrders.entry(signal, new BigDecimal("10000"), new BigDecimal("13.00")).orElseThrow();

        assertThat(order.clientOrderId()).isEqualTo("fundamental-MOON-20240305-BUY");
        assertThat(order.strategy()).isEqualTo("fundamental");
        assertThat(order.symbol()).isEqualTo("MOON");
        assertThat(order.side()).isEqualTo(OrderSide.BUY);
        assertThat(order.type()).isEqualTo(OrderType.MARKET);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(order.quantity()).isEqualByComparingTo("769");
        assertThat(order.limitPrice()).isNull();
    }

    @Test
    void noEntryWhenTheAllocationBuysNoWholeShare() {
        WatchlistSignal signal = new WatchlistSignal(7, "PRICY", DAY, new BigDecimal("30"), "{}");

        assertThat(EntryOrders.entry(signal, new BigDecimal("100"), new BigDecimal("250"))).isEmpty();
    }
}
