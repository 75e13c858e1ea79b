package io.tradebot.strategy.signal;

import io.tradebot.strategy.risk.IntentType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects the intents of one symbol at one bar's close, each named by its deterministic id. */
final class Intents {

    private final String strategy;
    private final BarEvent event;
    private final List<TradeIntent> intents = new ArrayList<>();

    Intents(String strategy, BarEvent event) {
        this.strategy = strategy;
        this.event = event;
    }

    /** A market order that opens a position of {@code quantity} shares with {@code bracket}; none below one share. */
    Intents enter(IntentAction action, BigDecimal quantity, Bracket bracket, String reason) {
        if (quantity.signum() > 0) {
            intents.add(intent(action, quantity, bracket, reason));
        }
        return this;
    }

    /**
     * A market entry sized and bracketed by {@code rules} at the bar's close: long when {@code isLong}, else short.
     */
    Intents enter(boolean isLong, EntryRules rules, String reason) {
        BigDecimal close = event.bar().close();
        return enter(isLong ? IntentAction.ENTER_LONG : IntentAction.ENTER_SHORT, rules.shares(event.equity(), close),
                rules.bracket(isLong, close), reason);
    }

    /** A market order that closes the whole position. */
    Intents exit(String reason) {
        Position position = event.position();
        if (!position.isFlat()) {
            intents.add(intent(position.isLong() ? IntentAction.EXIT_LONG : IntentAction.EXIT_SHORT,
                    position.quantity().abs(), null, reason));
        }
        return this;
    }

    List<TradeIntent> list() {
        return List.copyOf(intents);
    }

    private TradeIntent intent(IntentAction action, BigDecimal quantity, Bracket bracket, String reason) {
        String symbol = event.symbol();
        return new TradeIntent(TradeIntent.idOf(strategy, symbol, event.bar().start(), action), strategy, symbol,
                event.bar().start(), action, IntentType.MARKET, quantity, null, null, bracket, reason);
    }
}
