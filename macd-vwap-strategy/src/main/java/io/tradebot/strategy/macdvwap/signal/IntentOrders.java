package io.tradebot.strategy.macdvwap.signal;

import io.tradebot.common.market.BarView;
import io.tradebot.common.order.Bracket;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.risk.IntentSide;
import io.tradebot.strategy.signal.TradeIntent;
import java.math.BigDecimal;
import java.time.Duration;

/** Translations between ibkr-client's API and strategy-core: bars in, order requests out. */
public final class IntentOrders {

    private static final Duration MINUTE = Duration.ofMinutes(1);

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

    /** A 1-minute bar of ibkr-client as strategy-core's bar over {@code [start, start + 1 minute)}. */
    public static Bar minuteBar(BarView view) {
        return new Bar(view.start(), view.start().plus(MINUTE), view.open(), view.high(), view.low(), view.close(),
                BigDecimal.valueOf(view.volume()));
    }
}
