package io.tradebot.ibkr.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk order writes lock only the rows they write: a fill pass's update of some orders, not yet committed, keeps
 * no other order from being locked, and no new order from being inserted, however small the table.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class OrderBatchRepositoryTest {

    @Inject
    AgroalDataSource database;

    @Inject
    OrderBatchRepository batches;

    @Inject
    RiskBook book;

    private WriterConnection writer;
    private final String prefix = "batch-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @BeforeEach
    void smallTable() throws SQLException {
        writer = new WriterConnection(database, "test-batches");
        // a few dozen orders, as a trader's own table holds: where the optimizer would rather scan than look up
        execute("DELETE FROM order_event");
        execute("DELETE FROM orders");
        book.reload(); // the rows went behind the in-memory risk book's back
    }

    @AfterEach
    void cleanUp() throws SQLException {
        writer.close();
        execute("DELETE FROM order_event WHERE client_order_id LIKE '" + prefix + "%'");
        execute("DELETE FROM orders WHERE client_order_id LIKE '" + prefix + "%'");
        book.reload();
    }

    @Test
    void anUncommittedBulkUpdateOfSomeOrdersLocksNoOtherOrderAndNoInsert() throws Exception {
        List<OrderEntity> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(order(prefix + i, i % 2 == 0 ? OrderStatus.ACCEPTED : OrderStatus.SUBMITTED));
        }
        writer.inTransaction(() -> {
            batches.insert(rows);
            return null;
        });
        List<OrderEntity> working = rows.stream().filter(row -> row.status == OrderStatus.ACCEPTED).toList();
        long submittedId = rows.stream().filter(row -> row.status == OrderStatus.SUBMITTED).reduce((a, b) -> b).orElseThrow().id;

        List<String> seenMeanwhile = writer.inTransaction(() -> {
            List<OrderEntity> locked = batches.lockRows(working.stream().map(row -> row.id).toList());
            locked.forEach(row -> row.status = OrderStatus.CANCELLED);
            batches.updateFills(locked);
            // still uncommitted: another connection locks an order it did not touch and inserts a new one
            try (Connection other = database.getConnection(); Statement statement = other.createStatement()) {
                statement.execute("SET SESSION innodb_lock_wait_timeout = 2");
                List<String> seen = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT status FROM orders WHERE id = " + submittedId + " FOR UPDATE")) {
                    result.next();
                    seen.add(result.getString(1));
                }
                try (PreparedStatement insert = other.prepareStatement("INSERT INTO orders (client_order_id, strategy, symbol, side,"
                        + " order_type, quantity, time_in_force, status, filled_quantity, commission, submitted_at, created_at,"
                        + " updated_at, version) VALUES (?, 'batch-test', 'KO', 'BUY', 'LIMIT', 1, 'GTC', 'SUBMITTED', 0, 0, NOW(),"
                        + " NOW(), NOW(), 0)")) {
                    insert.setString(1, prefix + "inserted-meanwhile");
                    seen.add("inserted " + insert.executeUpdate());
                }
                return seen;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(seenMeanwhile).containsExactly("SUBMITTED", "inserted 1");
        assertThat(statusOf(working.get(0).id)).isEqualTo("CANCELLED");
    }

    private OrderEntity order(String clientOrderId, OrderStatus status) {
        Instant now = Instant.now();
        OrderEntity row = new OrderEntity();
        row.clientOrderId = clientOrderId;
        row.strategy = "batch-test";
        row.symbol = "KO";
        row.side = OrderSide.BUY;
        row.type = OrderType.LIMIT;
        row.quantity = BigDecimal.ONE;
        row.limitPrice = new BigDecimal("0.01"); // never reached: the sim's fill pass leaves these alone
        row.timeInForce = TimeInForce.GTC;
        row.status = status;
        row.filledQuantity = BigDecimal.ZERO;
        row.commission = BigDecimal.ZERO;
        row.submittedAt = now;
        row.createdAt = now;
        row.updatedAt = now;
        return row;
    }

    private String statusOf(long id) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT status FROM orders WHERE id = " + id)) {
            result.next();
            return result.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
