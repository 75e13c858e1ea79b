package io.tradebot.ibkr.order;

import io.tradebot.common.order.ExecutionView;
import io.tradebot.common.order.TradeView;
import io.tradebot.ibkr.repository.ClosedTradeEntity;
import io.tradebot.ibkr.repository.ClosedTradeRepository;
import io.tradebot.ibkr.repository.ExecutionEntity;
import io.tradebot.ibkr.repository.ExecutionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Reads executions and closed round trips for the API. */
@ApplicationScoped
public class FillQueries {

    private final ExecutionRepository executions;
    private final ClosedTradeRepository trades;

    public FillQueries(ExecutionRepository executions, ClosedTradeRepository trades) {
        this.executions = executions;
        this.trades = trades;
    }

    /** Executions newest first; blank filters are ignored. */
    @Transactional
    public List<ExecutionView> executions(String symbol, String clientOrderId) {
        return executions.search(symbol(symbol), blankToNull(clientOrderId)).stream().map(FillQueries::view).toList();
    }

    /** Closed trades newest first; blank filters are ignored. */
    @Transactional
    public List<TradeView> trades(String symbol, String strategy) {
        return trades.search(symbol(symbol), blankToNull(strategy)).stream().map(FillQueries::view).toList();
    }

    private static ExecutionView view(ExecutionEntity e) {
        return new ExecutionView(e.execId, e.clientOrderId, e.symbol, e.side, e.quantity, e.price, e.commission, e.executedAt);
    }

    private static TradeView view(ClosedTradeEntity t) {
        return new TradeView(t.symbol, t.strategy, t.direction, t.quantity, t.entryPrice, t.exitPrice, t.realizedPnl,
                t.commission, t.clientOrderId, t.execId, t.closedAt);
    }

    private static String symbol(String symbol) {
        String value = blankToNull(symbol);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
