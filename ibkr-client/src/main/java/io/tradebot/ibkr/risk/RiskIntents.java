package io.tradebot.ibkr.risk;

import io.tradebot.common.market.Session;
import io.tradebot.common.order.OrderSide;
import io.tradebot.ibkr.order.ValidOrder;
import io.tradebot.strategy.risk.IntentSide;
import io.tradebot.strategy.risk.IntentType;
import io.tradebot.strategy.risk.OrderIntent;
import io.tradebot.strategy.risk.TradingSession;

/** Translates the service's order and clock types into strategy-core's risk types. */
final class RiskIntents {

    private RiskIntents() {
    }

    static OrderIntent of(ValidOrder order) {
        return new OrderIntent(order.strategy(), order.symbol(),
                order.side() == OrderSide.BUY ? IntentSide.BUY : IntentSide.SELL,
                IntentType.valueOf(order.type().name()), order.quantity(), order.limitPrice());
    }

    static TradingSession session(Session session) {
        return TradingSession.valueOf(session.name());
    }
}
