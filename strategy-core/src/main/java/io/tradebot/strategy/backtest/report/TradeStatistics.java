package io.tradebot.strategy.backtest.report;

import io.tradebot.strategy.backtest.Trade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Win rate, profit factor and P&L totals of a list of trades. */
final class TradeStatistics {

    private TradeStatistics() {
    }

    static SymbolSummary summarize(String symbol, List<Trade> trades) {
        int wins = 0;
        BigDecimal profit = BigDecimal.ZERO;
        BigDecimal loss = BigDecimal.ZERO;
        BigDecimal commission = BigDecimal.ZERO;
        for (Trade trade : trades) {
            if (trade.pnl().signum() > 0) {
                wins++;
                profit = profit.add(trade.pnl());
            } else {
                loss = loss.add(trade.pnl().negate());
            }
            commission = commission.add(trade.commission());
        }
        Double winRate = trades.isEmpty() ? null : (double) wins / trades.size();
        Double profitFactor = loss.signum() == 0 ? null : profit.divide(loss, MathContext.DECIMAL64).doubleValue();
        return new SymbolSummary(symbol, trades.size(), wins, winRate, profit.subtract(loss), profit, loss, commission,
                profitFactor);
    }
}
