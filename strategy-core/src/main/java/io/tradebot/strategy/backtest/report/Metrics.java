package io.tradebot.strategy.backtest.report;

import java.math.BigDecimal;

/**
 * A backtest's headline numbers. Fractions, not percent (0.12 = 12%). Ratios that have no meaning for the data
 * (no returns, no variation, no downside, no drawdown, no losing trade) are null.
 *
 * @param sessions      the number of daily returns (trading days in the data)
 * @param cagr          (final / initial)^(252 / sessions) − 1
 * @param sharpe        mean daily return / its sample standard deviation × √252, risk-free rate 0
 * @param sortino       mean daily return / downside deviation × √252; downside deviation is
 *                      √(Σ min(r, 0)² / n) over all n daily returns, target 0
 * @param calmar        CAGR / max drawdown
 * @param winRate       trades with P&L above 0 over all trades
 * @param profitFactor  gross profit / gross loss of the trades
 * @param exposure      the share of bar times at whose close a position was open
 */
public record Metrics(BigDecimal initialCash, BigDecimal finalEquity, BigDecimal netPnl, BigDecimal commission,
        double totalReturn, int sessions, Double cagr, Double sharpe, Double sortino, Double calmar, Drawdown maxDrawdown,
        int trades, int wins, Double winRate, Double profitFactor, double exposure) {
}
