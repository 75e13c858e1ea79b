/**
 * Bars from a user's CSV file ({@code date,open,high,low,close,volume}, extra columns kept but ignored): the input
 * of the indicators and backtest commands. A file is read whole and rejected with its file name and line at the
 * first problem, so nothing is computed from half a file.
 */
package io.tradebot.strategy.marketdata.csv;
