/**
 * Incremental indicators: one bar in, one value out, O(1) state per bar (Bollinger's window excepted), primitive
 * doubles and no allocation after construction. The same conventions as the ta4j-based
 * {@link io.tradebot.strategy.indicator.Indicators}, equal to them to 1e-9 relative after the warm-up
 * ({@code IncrementalMatchesTa4jTest}); the backtest hot path ({@code backtest.columnar}) runs on these.
 */
package io.tradebot.strategy.incremental;
