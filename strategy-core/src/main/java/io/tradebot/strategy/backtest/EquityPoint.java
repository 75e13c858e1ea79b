package io.tradebot.strategy.backtest;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The account after every symbol's bar starting at {@code time} was processed, positions valued at their latest
 * close. {@code invested} is true when any position is open.
 */
public record EquityPoint(Instant time, BigDecimal cash, BigDecimal equity, boolean invested) {
}
