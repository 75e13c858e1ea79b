package io.tradebot.common.order;

/** How long an order stays working. */
public enum TimeInForce {
    DAY, GTC
}
