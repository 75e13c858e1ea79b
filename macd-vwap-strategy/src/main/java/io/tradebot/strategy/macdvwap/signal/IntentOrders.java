package io.tradebot.strategy.macdvwap.signal;

import io.tradebot.common.market.BarView;
import io.tradebot.common.order.Bracket;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.risk.IntentSide;
import io.tradebot.strategy.signal.TradeIntent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Translations between ibkr-client's API and strategy-core: bars in, order requests out. */
public final class IntentOrders {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final DateTimeFormatter BAR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IntentOrders() {
    }

    /**
     * The order that carries out {@code intent}: its id is the clientOrderId, so the same intent always names the
     * same order; a DAY order, with the intent's bracket as ibkr-client's one-cancels-other pair.
     */
    public static PlaceOrderRequest request(TradeIntent intent) {
        Bracket bracket = intent.bracket() == null ? null
                : new Bracket(intent.bracket().stopLoss(), intent.bracket().takeProfit());
        return new PlaceOrderRequest(intent.id(), intent.strategy(), intent.symbol(),
                intent.side() == IntentSide.BUY ? OrderSide.BUY : OrderSide.SELL, OrderType.valueOf(intent.type().name()),
                intent.quantity(), intent.limitPrice(), intent.stopPrice(), TimeInForce.DAY, bracket);
    }

    /**
     * Whether a working order of the strategy comes from a bar before {@code exit}'s: its own id, or its bracket
     * parent's, is {@code strategy:SYMBOL:barStart:ACTION}. Those are what an exit cancels; the legs of an entry made at
     * the exit's own bar (a reversal) are not. An id of another form counts as earlier.
     */
    public static boolean placedBefore(OrderView order, TradeIntent exit) {
        String origin = order.parentClientOrderId() != null ? order.parentClientOrderId() : order.clientOrderId();
        String[] parts = origin == null ? new String[0] : origin.split(":");
        return parts.length != 4 || parts[2].compareTo(BAR_TIME.format(exit.barStart())) < 0;
    }

    /** A 1-minute bar of ibkr-client as strategy-core's bar over {@code [start, start + 1 minute)}. */
    public static Bar minuteBar(BarView view) {
        return new Bar(view.start(), view.start().plus(MINUTE), view.open(), view.high(), view.low(), view.close(),
                BigDecimal.valueOf(view.volume()));
    }
}
