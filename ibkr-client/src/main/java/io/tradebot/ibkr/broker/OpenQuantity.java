package io.tradebot.ibkr.broker;

import io.tradebot.common.order.OrderSide;
import java.math.BigDecimal;

/** The unfilled quantity of every working order of one symbol and side, added up. */
public record OpenQuantity(String symbol, OrderSide side, BigDecimal remaining) {
}
