package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One execution on one bar. {@code bar} is the start of the bar it happened on (at most one
 * execution per order per bar); {@code at} is when it happened: the bar's start for a fill at the
 * open, the bar's end for a fill inside the bar's range (the earliest the range is known).
 */
public record BarExecution(Instant bar, Instant at, BigDecimal quantity, BigDecimal price) {
}
