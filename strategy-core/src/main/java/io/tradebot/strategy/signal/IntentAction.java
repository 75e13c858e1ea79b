package io.tradebot.strategy.signal;

import io.tradebot.strategy.risk.IntentSide;

/** What an intent does to the position: open it long or short, or close it. */
public enum IntentAction {
    ENTER_LONG(IntentSide.BUY), EXIT_LONG(IntentSide.SELL), ENTER_SHORT(IntentSide.SELL), EXIT_SHORT(IntentSide.BUY);

    private final IntentSide side;

    IntentAction(IntentSide side) {
        this.side = side;
    }

    /** The order side that does it. */
    public IntentSide side() {
        return side;
    }

    /** True for the actions that open a position. */
    public boolean opens() {
        return this == ENTER_LONG || this == ENTER_SHORT;
    }
}
