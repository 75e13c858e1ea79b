package io.tradebot.ibkr.adapters.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.ibkr.order.OrderFilled;
import io.tradebot.ibkr.order.OrderLifecycle;
import io.tradebot.ibkr.repository.BrokerAccountEntity;
import io.tradebot.ibkr.repository.ClosedTradeEntity;
import io.tradebot.ibkr.repository.ExecutionEntity;
import io.tradebot.ibkr.repository.LedgerBatchRepository;
import io.tradebot.ibkr.repository.OrderBatchRepository;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderEventEntity;
import io.tradebot.ibkr.repository.OutboxEventEntity;
import io.tradebot.ibkr.repository.PositionEntity;
import io.tradebot.ibkr.risk.RiskBook;
import io.tradebot.strategy.fill.BarExecution;
import io.tradebot.strategy.fill.BarReplay;
import io.tradebot.strategy.portfolio.Holding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Books a pass's simple orders (working, nothing filled yet, no bracket, not one of a one-cancels-other pair: what
 * strategies send most) with a handful of statements for all of them, where {@link SimFillBooking} takes a dozen per
 * order: it locks their rows, positions and the account once, walks and books them in memory with the same model,
 * commission, ledger rules and state machine, and writes each table with one statement. The orders it does not take
 * are returned for {@link SimFillBooking}.
 */
@ApplicationScoped
public class SimBulkBooking {

    private final OrderBatchRepository orders;
    private final LedgerBatchRepository ledger;
    private final SimFillBooking walker;
    private final SimBars bars;
    private final OrderLifecycle lifecycle;
    private final RiskBook book;
    private final Event<OrderFilled> filled;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public SimBulkBooking(OrderBatchRepository orders, LedgerBatchRepository ledger, SimFillBooking walker, SimBars bars,
            OrderLifecycle lifecycle, RiskBook book, Event<OrderFilled> filled, ObjectMapper json, MeterRegistry metrics) {
        this.orders = orders;
        this.ledger = ledger;
        this.walker = walker;
        this.bars = bars;
        this.lifecycle = lifecycle;
        this.book = book;
        this.filled = filled;
        this.json = json;
        this.metrics = metrics;
    }

    /** What one transaction writes. */
    private static final class Writes {
        final List<OrderEntity> orders = new ArrayList<>();
        final List<OrderEventEntity> events = new ArrayList<>();
        final List<ExecutionEntity> executions = new ArrayList<>();
        final List<ClosedTradeEntity> closedTrades = new ArrayList<>();
        final List<OutboxEventEntity> outbox = new ArrayList<>();
        final Map<String, PositionEntity> positions = new TreeMap<>();
    }

    /**
     * Brings the simple ones of {@code orderIds} up to {@code now} in one transaction and returns the ids it left
     * alone (not simple, or no longer working: the per-order booking decides what to do with them).
     */
    @Transactional
    public List<Long> bookSimple(List<Long> orderIds, Instant now) {
        List<OrderEntity> locked = orders.lockRows(orderIds);
        List<Long> others = new ArrayList<>(orderIds);
        List<OrderEntity> simple = locked.stream().filter(SimBulkBooking::simple).toList();
        if (simple.isEmpty()) {
            return others;
        }
        simple.forEach(order -> others.remove(order.id));
        Map<String, PositionEntity> positions = ledger.lockPositions(new TreeSet<>(simple.stream().map(order -> order.symbol).toList()));
        BrokerAccountEntity account = ledger.lockAccount(SimAccount.ID)
                .orElseThrow(() -> new IllegalStateException("The simulated account " + SimAccount.ID + " is missing"));
        Writes writes = new Writes();
        for (OrderEntity order : simple) {
            walk(order, now, positions, account, writes);
        }
        orders.updateFills(writes.orders);
        orders.insertEvents(writes.events);
        ledger.insertExecutions(writes.executions);
        ledger.insertClosedTrades(writes.closedTrades);
        ledger.insertOutbox(writes.outbox);
        ledger.upsertPositions(writes.positions.values());
        if (!writes.executions.isEmpty()) {
            ledger.updateAccount(account);
        }
        return others;
    }

    /** Working, never filled, no bracket, no partner: nothing it books reaches beyond its own row and the ledger. */
    private static boolean simple(OrderEntity order) {
        return order.status == OrderStatus.ACCEPTED && order.filledQuantity.signum() == 0 && order.ocoGroup == null
                && order.bracketStopLoss == null;
    }

    private void walk(OrderEntity order, Instant now, Map<String, PositionEntity> positions, BrokerAccountEntity account,
            Writes writes) {
        if (order.timeInForce == TimeInForce.DAY && order.expiresAt == null) {
            order.expiresAt = bars.dayExpiry(order.symbol, order.submittedAt);
        }
        BarReplay.Result result = walker.walk(order, now);
        BigDecimal notional = BigDecimal.ZERO; // exact value of this order's executions so far: none before this walk
        for (BarExecution execution : result.executions()) {
            if (!SimFillBooking.working(order)) {
                break;
            }
            SimLedger.Fill fill = new SimLedger.Fill(SimFillBooking.execId(order, execution), execution.quantity(),
                    execution.price(), walker.fee(order, execution), execution.at());
            boolean completes = order.filledQuantity.add(fill.quantity()).compareTo(order.quantity) >= 0;
            writes.events.add(lifecycle.moveUnwritten(order, completes ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED,
                    "execution " + fill.execId(), now));
            SimLedger.applyToOrder(order, notional, fill, now);
            notional = notional.add(fill.quantity().multiply(fill.price()));
            bookLedger(order, fill, now, positions, account, writes);
            if (completes) {
                metrics.counter("tradebot.orders.filled", "strategy", order.strategy).increment();
            }
            Log.infof("Executed %s: %s %s %s at %s, commission %s (%s)", order.clientOrderId, order.side,
                    fill.quantity().toPlainString(), order.symbol, fill.price().toPlainString(), fill.commission().toPlainString(),
                    order.status);
        }
        order.evaluatedThrough = result.evaluatedThrough();
        order.stopTriggered = result.state().triggered();
        if (result.expired() && SimFillBooking.working(order)) {
            writes.events.add(lifecycle.moveUnwritten(order, OrderStatus.EXPIRED, "DAY order unfilled at the close " + order.expiresAt, now));
        }
        writes.orders.add(order);
    }

    /** The execution, position, closed trade, cash and outbox event of {@code fill}, as {@link SimLedger#book} books them. */
    private void bookLedger(OrderEntity order, SimLedger.Fill fill, Instant now, Map<String, PositionEntity> positions,
            BrokerAccountEntity account, Writes writes) {
        writes.executions.add(SimLedger.execution(order, fill));
        PositionEntity position = positions.computeIfAbsent(order.symbol, SimLedger::newPosition);
        Holding before = new Holding(position.quantity, position.avgCost, position.realizedPnl);
        BigDecimal signed = SimLedger.signed(order.side, fill.quantity());
        Holding after = before.trade(signed, fill.price(), fill.commission());
        SimClosedTrades.closedBy(order, fill, signed, before, after).ifPresent(writes.closedTrades::add);
        position.quantity = after.quantity();
        position.avgCost = after.avgCost();
        position.realizedPnl = after.realizedPnl();
        position.updatedAt = now;
        writes.positions.put(position.symbol, position);
        BigDecimal cashChange = SimLedger.cashChange(order.side, fill);
        account.cash = account.cash.add(cashChange);
        account.realizedPnl = account.realizedPnl.add(after.realizedPnl().subtract(before.realizedPnl()));
        account.updatedAt = now;
        book.filled(order.symbol, signed, cashChange, fill.price(), fill.executedAt());
        writes.outbox.add(SimLedger.filledEvent(json, order, fill, now));
        filled.fire(new OrderFilled(order.clientOrderId, order.symbol, fill.executedAt()));
    }
}
