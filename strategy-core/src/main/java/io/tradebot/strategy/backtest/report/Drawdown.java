package io.tradebot.strategy.backtest.report;

import java.time.Instant;

/**
 * The deepest fall of the equity curve from a running peak.
 *
 * @param depth    the fall as a fraction of the peak, 0 when the curve never fell (0.2 = 20% below the peak)
 * @param peak     the time of the peak before the trough, null when there was no fall
 * @param trough   the time of the lowest point, null when there was no fall
 * @param recovery the first time the curve was back at or above the peak, null when it never recovered
 */
public record Drawdown(double depth, Instant peak, Instant trough, Instant recovery) {
}
