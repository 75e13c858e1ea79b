/**
 * Technical indicators over a ta4j {@code BarSeries} of {@code DoubleNum}: each one's convention and warm-up
 * are documented on {@link io.tradebot.strategy.indicator.Indicators}. A value is {@code NaN} while an
 * indicator is warming up, never a partial-window guess, and {@code getCountOfUnstableBars()} is the index of
 * its first defined value.
 */
package io.tradebot.strategy.indicator;
