package io.tradebot.strategy.fundamental.signal;

import io.tradebot.common.order.Bracket;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.strategy.signal.IntentAction;
import io.tradebot.strategy.signal.TradeIntent;

/** strategy-core's {@code fundamental} entry intent as ibkr-client's order. */
public final class EntryOrders {

    private EntryOrders() {
    }

    /**
     * A DAY MARKET BUY of the intent's shares, named by the intent's id, with its stop-loss and take-profit as
     * ibkr-client's bracket (a one-cancels-other pair working once the entry fills).
     *
     * @throws IllegalArgumentException for an intent that is not a bracketed long entry
     */
    public static PlaceOrderRequest request(TradeIntent entry) {
        if (entry.action() != IntentAction.ENTER_LONG || entry.bracket() == null) {
            throw new IllegalArgumentException("not a bracketed long entry: " + entry.id());
        }
        return new PlaceOrderRequest(entry.id(), entry.strategy(), entry.symbol(), OrderSide.BUY, OrderType.MARKET,
                entry.quantity(), null, null, TimeInForce.DAY,
                new Bracket(entry.bracket().stopLoss(), entry.bracket().takeProfit()));
    }
}
