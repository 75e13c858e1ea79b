package io.tradebot.ibkr.order;

import io.tradebot.common.order.OrderView;

/** The outcome of a placement: the order, and whether this call created it (false for a retry). */
public record OrderPlacement(OrderView order, boolean created) {
}
