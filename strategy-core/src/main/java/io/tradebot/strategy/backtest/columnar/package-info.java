/**
 * The backtest hot path for {@code macd-vwap}: one symbol's bars as primitive columns ({@link BarColumns}) and one
 * loop over them ({@link ColumnarMacdVwap}) with the incremental indicators and exact integer money (micro-dollars),
 * allocation-free per bar. It gives the trades the event-driven {@code BacktestEngine} gives for the same strategy
 * and data, within the subset its class Javadoc states ({@code ColumnarMatchesEngineTest}).
 */
package io.tradebot.strategy.backtest.columnar;
