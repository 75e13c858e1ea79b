/**
 * JMH benchmarks of the backtest hot path, run by {@code ./tradebot benchmark engine} ({@link EngineBenchmarkMain}):
 * the columnar macd-vwap engine against ta4j's {@code BarSeriesManager} on the same bars, the per-bar cost of the
 * incremental indicators, and MACD + RSI + Bollinger for the comparison with the npm package
 * {@code technicalindicators} ({@code benchmarks/node}).
 */
package io.tradebot.benchmarks.engine;
