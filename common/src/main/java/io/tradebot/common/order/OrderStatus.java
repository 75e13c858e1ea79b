package io.tradebot.common.order;

/** Where an order is in its life. Terminal states never change again. */
public enum OrderStatus {
    NEW, SUBMITTED, ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, EXPIRED, UNKNOWN;

    /** True when nothing more can happen to the order. */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED || this == EXPIRED;
    }
}
