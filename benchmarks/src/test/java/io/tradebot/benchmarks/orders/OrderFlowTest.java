package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderFlowTest {

    @Test
    void sendsDayMarketOrdersOfOneShareWithAFreshValidClientOrderIdEach() {
        OrderFlow flow = new OrderFlow("k3x9");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            PlaceOrderRequest order = flow.next();
            assertThat(order.type()).isEqualTo(OrderType.MARKET);
            assertThat(order.timeInForce()).isEqualTo(TimeInForce.DAY);
            assertThat(order.quantity()).isEqualByComparingTo("1");
            assertThat(order.strategy()).isEqualTo("benchmark");
            assertThat(order.clientOrderId()).matches("[A-Za-z0-9._:-]{1,64}").doesNotEndWith("-SL").doesNotEndWith("-TP");
            ids.add(order.clientOrderId());
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void keepsEverySymbolsNetPositionWithinOneShareWhateverTheNumberOfOrders() {
        OrderFlow flow = new OrderFlow("run1");
        Map<String, BigDecimal> net = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            PlaceOrderRequest order = flow.next();
            BigDecimal signed = order.side() == OrderSide.BUY ? order.quantity() : order.quantity().negate();
            BigDecimal position = net.merge(order.symbol(), signed, BigDecimal::add);
            assertThat(position.abs()).isLessThanOrEqualTo(BigDecimal.ONE);
        }
        assertThat(net).containsOnlyKeys(OrderFlow.SYMBOLS);
    }

    @Test
    void spreadsConsecutiveOrdersOverAllSymbolsAndAlternatesTheSidePerSymbol() {
        OrderFlow flow = new OrderFlow("run2");
        int n = OrderFlow.SYMBOLS.size();
        for (int i = 0; i < n; i++) {
            assertThat(flow.order(i).symbol()).isEqualTo(OrderFlow.SYMBOLS.get(i));
            assertThat(flow.order(i).side()).isEqualTo(OrderSide.BUY);
            assertThat(flow.order(i + n).symbol()).isEqualTo(OrderFlow.SYMBOLS.get(i));
            assertThat(flow.order(i + n).side()).isEqualTo(OrderSide.SELL);
        }
    }

    @Test
    void refusesARunIdThatWouldMakeAnInvalidClientOrderId() {
        assertThatThrownBy(() -> new OrderFlow("a b")).isInstanceOf(IllegalArgumentException.class);
    }
}
