package io.tradebot.common.order;

/** Direction of an order. A SELL beyond the held quantity opens a short. */
public enum OrderSide {
    BUY, SELL
}
