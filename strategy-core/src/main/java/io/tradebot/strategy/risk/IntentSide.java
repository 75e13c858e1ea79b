package io.tradebot.strategy.risk;

/** Which way an order trades. */
public enum IntentSide {
    BUY, SELL
}
