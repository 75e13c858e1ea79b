package io.tradebot.ibkr.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ledger's rows written in bulk by plain JDBC in the caller's transaction (executions, closed trades, outbox
 * events, positions, the account): what the simulated exchange books for a whole pass of fills at once.
 */
@ApplicationScoped
public class LedgerBatchRepository {

    private final Jdbc jdbc;

    public LedgerBatchRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the position rows of {@code symbols} in symbol order and reads them; a symbol without a row is absent. */
    public Map<String, PositionEntity> lockPositions(Collection<String> symbols) {
        Map<String, PositionEntity> rows = new TreeMap<>();
        jdbc.query("SELECT symbol, quantity, avg_cost, realized_pnl, updated_at FROM position WHERE symbol IN ("
                + Jdbc.marks(symbols.size()) + ") ORDER BY symbol FOR UPDATE", symbols, result -> {
                    PositionEntity row = new PositionEntity();
                    row.symbol = result.getString(1);
                    row.quantity = result.getBigDecimal(2);
                    row.avgCost = result.getBigDecimal(3);
                    row.realizedPnl = result.getBigDecimal(4);
                    row.updatedAt = Jdbc.instant(result, 5);
                    return rows.put(row.symbol, row);
                });
        return rows;
    }

    /** Locks the account row and reads it. */
    public Optional<BrokerAccountEntity> lockAccount(String accountId) {
        return jdbc.query("SELECT account_id, currency, cash, realized_pnl, updated_at FROM broker_account WHERE account_id = ?"
                + " FOR UPDATE", List.of(accountId), result -> {
                    BrokerAccountEntity row = new BrokerAccountEntity();
                    row.accountId = result.getString(1);
                    row.currency = result.getString(2);
                    row.cash = result.getBigDecimal(3);
                    row.realizedPnl = result.getBigDecimal(4);
                    row.updatedAt = Jdbc.instant(result, 5);
                    return row;
                }).stream().findFirst();
    }

    /** Writes the cash, realized profit and update time of {@code account}, locked by {@link #lockAccount}. */
    public void updateAccount(BrokerAccountEntity account) {
        jdbc.update("UPDATE broker_account SET cash = ?, realized_pnl = ?, updated_at = ? WHERE account_id = ?",
                List.of(Arrays.<Object>asList(account.cash, account.realizedPnl, Jdbc.wallTime(account.updatedAt), account.accountId)), "");
    }

    /** Inserts {@code rows}, or updates those whose symbol has a row already, in one statement. */
    public void upsertPositions(Collection<PositionEntity> rows) {
        jdbc.update("INSERT INTO position (symbol, quantity, avg_cost, realized_pnl, updated_at) VALUES ",
                rows.stream().map(row -> Arrays.<Object>asList(row.symbol, row.quantity, row.avgCost, row.realizedPnl,
                        Jdbc.wallTime(row.updatedAt))).toList(),
                " ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), avg_cost = VALUES(avg_cost),"
                        + " realized_pnl = VALUES(realized_pnl), updated_at = VALUES(updated_at)");
    }

    /** Inserts {@code rows} in one statement; a used exec_id fails them all. */
    public void insertExecutions(Collection<ExecutionEntity> rows) {
        jdbc.update("INSERT INTO execution (exec_id, client_order_id, symbol, side, quantity, price, commission, executed_at) VALUES ",
                rows.stream().map(row -> Arrays.<Object>asList(row.execId, row.clientOrderId, row.symbol, row.side.name(), row.quantity,
                        row.price, row.commission, Jdbc.wallTime(row.executedAt))).toList(), "");
    }

    /** Inserts {@code rows} in one statement. */
    public void insertClosedTrades(Collection<ClosedTradeEntity> rows) {
        jdbc.update("INSERT INTO closed_trade (exec_id, client_order_id, strategy, symbol, direction, quantity, entry_price, exit_price,"
                + " realized_pnl, commission, closed_at) VALUES ",
                rows.stream().map(row -> Arrays.<Object>asList(row.execId, row.clientOrderId, row.strategy, row.symbol, row.direction,
                        row.quantity, row.entryPrice, row.exitPrice, row.realizedPnl, row.commission,
                        Jdbc.wallTime(row.closedAt))).toList(), "");
    }

    /** Inserts {@code rows} (unpublished) in one statement. */
    public void insertOutbox(Collection<OutboxEventEntity> rows) {
        jdbc.update("INSERT INTO outbox_event (event_type, aggregate_id, payload, created_at) VALUES ",
                rows.stream().map(row -> Arrays.<Object>asList(row.eventType, row.aggregateId, row.payload,
                        Jdbc.wallTime(row.createdAt))).toList(), "");
    }
}
