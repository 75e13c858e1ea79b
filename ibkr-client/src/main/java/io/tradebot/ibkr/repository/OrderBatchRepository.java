package io.tradebot.ibkr.repository;

import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes many {@code orders} and {@code order_event} rows with one statement each, by plain JDBC in the caller's
 * transaction: the order path's group commits (one INSERT for tens of orders instead of one entity each).
 * Times are stored as UTC wall time, as Hibernate stores them ({@code quarkus.hibernate-orm.jdbc.timezone=UTC}).
 */
@ApplicationScoped
public class OrderBatchRepository {

    private static final String ORDER_COLUMNS = "client_order_id, broker_order_id, strategy, symbol, side, order_type, quantity,"
            + " limit_price, stop_price, bracket_stop_loss, bracket_take_profit, parent_client_order_id, oco_group, expires_at,"
            + " stop_triggered, evaluated_through, time_in_force, status, filled_quantity, avg_fill_price, commission,"
            + " reject_reason, submitted_at, created_at, updated_at, version";

    private final Jdbc jdbc;

    public OrderBatchRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A row's status and version as locked; what a bulk status change checks before it writes. */
    public record Locked(long id, OrderStatus status, long version) {
    }

    /**
     * Inserts {@code rows} (ids null) in one statement and sets their ids and their times as stored; a used clientOrderId
     * fails the whole insert.
     */
    public void insert(List<OrderEntity> rows) {
        jdbc.update("INSERT INTO orders (" + ORDER_COLUMNS + ") VALUES ", rows.stream().map(OrderBatchRepository::values).toList(), "");
        // ids by the unique key rather than from generated keys, which assume consecutive auto-increment values; the times
        // as stored, which may be coarser than those sent (Connector/J sends MariaDB whole seconds), so the caller answers
        // with what a later read gives
        Map<String, OrderEntity> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.clientOrderId, row));
        jdbc.query("SELECT client_order_id, id, submitted_at, created_at, updated_at FROM orders WHERE client_order_id IN ("
                + Jdbc.marks(rows.size()) + ")", byId.keySet(), result -> {
                    OrderEntity row = byId.get(result.getString(1));
                    row.id = result.getLong(2);
                    row.submittedAt = Jdbc.instant(result, 3);
                    row.createdAt = Jdbc.instant(result, 4);
                    row.updatedAt = Jdbc.instant(result, 5);
                    return row;
                });
    }

    /** Inserts {@code events} in one statement. */
    public void insertEvents(Collection<OrderEventEntity> events) {
        jdbc.update("INSERT INTO order_event (order_id, client_order_id, from_status, to_status, reason, at) VALUES ",
                events.stream().map(event -> Arrays.<Object>asList(event.orderId, event.clientOrderId,
                        event.fromStatus == null ? null : event.fromStatus.name(), event.toStatus.name(), event.reason,
                        Jdbc.wallTime(event.at))).toList(), "");
    }

    /** Locks the rows of {@code ids} (in id order, as every path that locks several orders does) and reads their status. */
    public Map<Long, Locked> lock(Collection<Long> ids) {
        Map<Long, Locked> locked = new HashMap<>();
        jdbc.query("SELECT id, status, version FROM orders WHERE id IN (" + Jdbc.marks(ids.size()) + ") ORDER BY id FOR UPDATE",
                ids, row -> locked.put(row.getLong(1), new Locked(row.getLong(1), OrderStatus.valueOf(row.getString(2)), row.getLong(3))));
        return locked;
    }

    /** A column the bulk updates write, and its value in a row. */
    private record Column(String name, Function<OrderEntity, Object> value) {
    }

    private static final List<Column> STATUS = List.of(new Column("status", row -> row.status.name()),
            new Column("broker_order_id", row -> row.brokerOrderId), new Column("reject_reason", row -> row.rejectReason),
            new Column("updated_at", row -> Jdbc.wallTime(row.updatedAt)));
    private static final List<Column> FILLS = List.of(new Column("status", row -> row.status.name()),
            new Column("filled_quantity", row -> row.filledQuantity), new Column("avg_fill_price", row -> row.avgFillPrice),
            new Column("commission", row -> row.commission), new Column("expires_at", row -> Jdbc.wallTime(row.expiresAt)),
            new Column("evaluated_through", row -> Jdbc.wallTime(row.evaluatedThrough)),
            new Column("stop_triggered", row -> row.stopTriggered), new Column("updated_at", row -> Jdbc.wallTime(row.updatedAt)));

    /**
     * Writes the status, broker id, reject reason and update time of {@code rows} (locked by {@link #lock}) in one
     * statement, and counts each one's version up by one, as Hibernate's optimistic lock does.
     */
    public void updateStatus(List<OrderEntity> rows) {
        update(rows, STATUS);
    }

    /**
     * Writes what the exchange changes on a walk over the bars (status, filled quantity, average price, commission,
     * expiry, cursor, stop trigger, update time) of {@code rows} (locked by {@link #lockRows}) in one statement, and
     * counts each one's version up by one.
     */
    public void updateFills(List<OrderEntity> rows) {
        update(rows, FILLS);
    }

    /**
     * One {@code UPDATE … CASE id … WHERE id IN (…)}, through the primary key by force: on a table of a few hundred rows
     * MariaDB's optimizer prefers to scan the whole primary key for a long IN list, and under REPEATABLE READ an UPDATE
     * keeps a lock on every row it scanned, the gap after the last one included, so until its commit no other order
     * could be handed over, acknowledged or even inserted (and deadlocks followed).
     */
    private void update(List<OrderEntity> rows, List<Column> columns) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE orders FORCE INDEX (PRIMARY) SET version = version + 1");
        for (Column column : columns) {
            sql.append(", ").append(column.name()).append(" = CASE id");
            sql.append(" WHEN ? THEN ?".repeat(rows.size())).append(" END");
        }
        sql.append(" WHERE id IN (").append(Jdbc.marks(rows.size())).append(')');
        jdbc.run(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
                int i = 1;
                for (Column column : columns) {
                    for (OrderEntity row : rows) {
                        update.setLong(i++, row.id);
                        update.setObject(i++, column.value().apply(row));
                    }
                }
                for (OrderEntity row : rows) {
                    update.setLong(i++, row.id);
                }
                update.executeUpdate();
            }
            return null;
        });
        rows.forEach(row -> row.version++);
    }

    /** Reads the orders in one of {@code statuses} whole, oldest first, as detached entities, without a lock. */
    public List<OrderEntity> readIn(Collection<OrderStatus> statuses) {
        return jdbc.query("SELECT id, " + ORDER_COLUMNS + " FROM orders WHERE status IN (" + Jdbc.marks(statuses.size())
                + ") ORDER BY id", statuses.stream().map(OrderStatus::name).toList(), OrderBatchRepository::order);
    }

    /** Locks the rows of {@code ids} in id order and reads them whole, as detached entities. */
    public List<OrderEntity> lockRows(Collection<Long> ids) {
        return jdbc.query("SELECT id, " + ORDER_COLUMNS + " FROM orders WHERE id IN (" + Jdbc.marks(ids.size())
                + ") ORDER BY id FOR UPDATE", ids, OrderBatchRepository::order);
    }

    private static OrderEntity order(ResultSet result) throws SQLException {
        OrderEntity row = new OrderEntity();
        int i = 1;
        row.id = result.getLong(i++);
        row.clientOrderId = result.getString(i++);
        row.brokerOrderId = result.getString(i++);
        row.strategy = result.getString(i++);
        row.symbol = result.getString(i++);
        row.side = OrderSide.valueOf(result.getString(i++));
        row.type = OrderType.valueOf(result.getString(i++));
        row.quantity = result.getBigDecimal(i++);
        row.limitPrice = result.getBigDecimal(i++);
        row.stopPrice = result.getBigDecimal(i++);
        row.bracketStopLoss = result.getBigDecimal(i++);
        row.bracketTakeProfit = result.getBigDecimal(i++);
        row.parentClientOrderId = result.getString(i++);
        row.ocoGroup = result.getString(i++);
        row.expiresAt = Jdbc.instant(result, i++);
        row.stopTriggered = result.getBoolean(i++);
        row.evaluatedThrough = Jdbc.instant(result, i++);
        row.timeInForce = TimeInForce.valueOf(result.getString(i++));
        row.status = OrderStatus.valueOf(result.getString(i++));
        row.filledQuantity = result.getBigDecimal(i++);
        row.avgFillPrice = result.getBigDecimal(i++);
        row.commission = result.getBigDecimal(i++);
        row.rejectReason = result.getString(i++);
        row.submittedAt = Jdbc.instant(result, i++);
        row.createdAt = Jdbc.instant(result, i++);
        row.updatedAt = Jdbc.instant(result, i++);
        row.version = result.getLong(i);
        return row;
    }

    /** A new row's values in the order of {@link #ORDER_COLUMNS}. */
    private static List<Object> values(OrderEntity row) {
        return Arrays.asList(row.clientOrderId, row.brokerOrderId, row.strategy, row.symbol, row.side.name(), row.type.name(),
                row.quantity, row.limitPrice, row.stopPrice, row.bracketStopLoss, row.bracketTakeProfit, row.parentClientOrderId,
                row.ocoGroup, Jdbc.wallTime(row.expiresAt), row.stopTriggered, Jdbc.wallTime(row.evaluatedThrough),
                row.timeInForce.name(), row.status.name(), row.filledQuantity, row.avgFillPrice, row.commission, row.rejectReason,
                Jdbc.wallTime(row.submittedAt), Jdbc.wallTime(row.createdAt), Jdbc.wallTime(row.updatedAt), row.version);
    }
}
