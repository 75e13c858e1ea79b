/**
 * A backtest's report: the metrics computed from its equity curve and trades (returns, risk-adjusted ratios,
 * drawdown and its window, trade statistics, exposure, a per-symbol breakdown) and the assumptions it rests on.
 */
package io.tradebot.strategy.backtest.report;
