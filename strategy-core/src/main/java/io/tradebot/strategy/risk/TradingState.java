package io.tradebot.strategy.risk;

/** The account's trading state, the kill switch: what kind of new orders may go out. */
public enum TradingState {
    /** Every order the other rules allow. */
    ACTIVE,
    /** Only orders that shrink a position's absolute size without flipping it through zero. */
    REDUCING,
    /** No new orders at all (cancels are always allowed, outside these rules). */
    HALTED
}
