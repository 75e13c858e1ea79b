package io.tradebot.common.market;

/** The part of the US equities trading day the market clock is in. */
public enum Session {
    PRE, REGULAR, POST, CLOSED
}
