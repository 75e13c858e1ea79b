package io.tradebot.strategy.risk;

/** The part of the US equities trading day an order is placed in. */
public enum TradingSession {
    PRE, REGULAR, POST, CLOSED
}
