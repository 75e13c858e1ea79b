package io.tradebot.strategy.fill;

/** How a simulated order is priced: at the market, at a limit, by a stop, or by a stop that then rests as a limit. */
public enum OrderKind {
    MARKET, LIMIT, STOP, STOP_LIMIT;

    /** True for the kinds that need a limit price. */
    public boolean needsLimit() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    /** True for the kinds that need a stop price. */
    public boolean needsStop() {
        return this == STOP || this == STOP_LIMIT;
    }
}
