package io.tradebot.strategy.signal;

/** One rule's opinion at one bar, as {@link MixedStrategy} counts it. */
public enum Vote {
    BUY, SELL, NONE
}
