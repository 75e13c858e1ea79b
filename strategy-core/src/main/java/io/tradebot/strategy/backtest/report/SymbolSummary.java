package io.tradebot.strategy.backtest.report;

import java.math.BigDecimal;

/**
 * One symbol's trades in a backtest.
 *
 * @param winRate      winning trades (P&L above 0) over all trades, null without trades
 * @param profitFactor gross profit over gross loss, null when there is no losing trade
 */
public record SymbolSummary(String symbol, int trades, int wins, Double winRate, BigDecimal netPnl,
        BigDecimal grossProfit, BigDecimal grossLoss, BigDecimal commission, Double profitFactor) {
}
