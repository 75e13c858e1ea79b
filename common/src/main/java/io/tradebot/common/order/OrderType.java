package io.tradebot.common.order;

/** How an order is priced. */
public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT
}
