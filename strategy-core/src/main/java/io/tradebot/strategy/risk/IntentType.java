package io.tradebot.strategy.risk;

/** The order types the rules tell apart. */
public enum IntentType {
    MARKET, LIMIT, STOP, STOP_LIMIT
}
