/**
 * The backtest engine: one strategy run over many symbols' bars in time order, its intents turned into simulated
 * orders filled by the same {@link io.tradebot.strategy.fill.BarFillModel} and IBKR commission as the simulated
 * exchange, giving fills, round-trip trades and an equity curve; {@code report} turns those into the metrics of a
 * backtest report. The same input always gives byte-identical output.
 */
package io.tradebot.strategy.backtest;
