package io.tradebot.strategy.fill;

/** Which way a simulated fill goes: a BUY pays the slippage, a SELL gives it up. */
public enum FillSide {
    BUY, SELL
}
