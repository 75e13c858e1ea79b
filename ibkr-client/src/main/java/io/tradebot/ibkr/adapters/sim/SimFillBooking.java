package io.tradebot.ibkr.adapters.sim;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.marketdata.TradingHours;
import io.tradebot.ibkr.order.OrderLifecycle;
import io.tradebot.ibkr.repository.ExecutionRepository;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.fill.BarExecution;
import io.tradebot.strategy.fill.BarFillModel;
import io.tradebot.strategy.fill.BarReplay;
import io.tradebot.strategy.fill.IbkrFixedCommission;
import io.tradebot.strategy.fill.OneCancelsOther;
import io.tradebot.strategy.fill.OrderCommission;
import io.tradebot.strategy.fill.WorkingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Walks one working order (or one one-cancels-other pair) over the minute bars the clock has reached and
 * books what happened in one transaction holding the orders' row locks: executions (deduplicated by
 * {@code SIM-<orderId>-<barStartEpochSecond>}), status transitions, bracket exits, expiry.
 */
@ApplicationScoped
public class SimFillBooking {

    private final OrderRepository orders;
    private final ExecutionRepository executions;
    private final SimBars bars;
    private final SimLedger ledger;
    private final SimBrackets brackets;
    private final OrderLifecycle lifecycle;
    private final MeterRegistry metrics;
    private final BarReplay replay;
    private final OneCancelsOther oneCancelsOther;
    private final OrderCommission commission = new OrderCommission(new IbkrFixedCommission());
    private final Map<Long, Walked> walked = new ConcurrentHashMap<>();

    public SimFillBooking(OrderRepository orders, ExecutionRepository executions, SimBars bars, SimLedger ledger,
            SimBrackets brackets, OrderLifecycle lifecycle, MeterRegistry metrics, IbkrClientConfig config) {
        this.orders = orders;
        this.executions = executions;
        this.bars = bars;
        this.ledger = ledger;
        this.brackets = brackets;
        this.lifecycle = lifecycle;
        this.metrics = metrics;
        BarFillModel model = new BarFillModel(config.sim().slippageBps(), config.sim().maxVolumeShare());
        this.replay = new BarReplay(model);
        this.oneCancelsOther = new OneCancelsOther(model);
    }

    /** How far a pass walked an order without anything to book, valid while the order's row is at {@code version}. */
    private record Walked(long version, Instant through, WorkingState state) {
    }

    /**
     * True when bringing {@code order} (a row as read, unlocked, at the start of a pass) up to {@code now} would
     * book something: an execution, a stop's trigger, the expiry, a DAY order's expiry time not yet stored, or a
     * cursor a session or more ahead of the stored one. Walks the same bars with the same model as the booking,
     * without a lock or a write, continuing from where the last pass stopped while the row is unchanged; an
     * order of a one-cancels-other pair is always due (the booking walks the pair together).
     */
    public boolean due(OrderEntity order, Instant now) {
        if (order.ocoGroup != null || order.timeInForce == TimeInForce.DAY && order.expiresAt == null) {
            return true;
        }
        Walked last = walked.get(order.id);
        boolean continues = last != null && last.version() == order.version;
        Instant through = continues ? last.through() : order.evaluatedThrough;
        WorkingState state = continues ? last.state() : SimOrders.state(order);
        BarReplay.Result result = replay.replay(SimOrders.of(order), state, window(order, through, now), through, now);
        boolean books = !result.executions().isEmpty() || result.expired()
                || result.state().triggered() != order.stopTriggered || sessionBehind(order.evaluatedThrough, result.evaluatedThrough());
        if (books) {
            walked.remove(order.id);
        } else {
            walked.put(order.id, new Walked(order.version, result.evaluatedThrough(), result.state()));
        }
        return books;
    }

    /** Forgets the walks of orders no longer in {@code working}. */
    public void forgetAllBut(java.util.Set<Long> working) {
        walked.keySet().retainAll(working);
    }

    /** True when the walk reached a later session than the stored cursor, so a restart never re-walks more than a session. */
    private static boolean sessionBehind(Instant stored, Instant walkedTo) {
        return walkedTo != null && (stored == null || !TradingHours.dateOf(stored).equals(TradingHours.dateOf(walkedTo)));
    }

    /** Brings order {@code orderId} (and its one-cancels-other partner) up to {@code now}; does nothing if it is not working. */
    @Transactional
    public void fillIfDue(long orderId, Instant now) {
        fillOne(orderId, now);
    }

    /**
     * Brings each of {@code orderIds} up to {@code now} as {@link #fillIfDue} does, all in one transaction: a pass's
     * bookings share one commit. Each order's changes are flushed and the session cleared before the next, so the
     * session holds one order's rows at a time however many are booked. One failure rolls them all back.
     */
    @Transactional
    public void fillAllIfDue(List<Long> orderIds, Instant now) {
        for (long orderId : orderIds) {
            fillOne(orderId, now);
            orders.getEntityManager().flush();
            orders.getEntityManager().clear();
        }
    }

    private void fillOne(long orderId, Instant now) {
        // a locking read first: under REPEATABLE READ a plain read before the lock would fix a stale snapshot
        Optional<String> group = orders.lockWithGroup(orderId);
        if (group.isPresent()) {
            fillPair(group.get(), now);
            return;
        }
        orders.findByIdOptional(orderId).filter(SimFillBooking::working).ifPresent(order -> fillSingle(order, now));
    }

    private void fillSingle(OrderEntity order, Instant now) {
        if (order.timeInForce == TimeInForce.DAY && order.expiresAt == null) {
            order.expiresAt = bars.dayExpiry(order.symbol, order.submittedAt);
        }
        BarReplay.Result result = walk(order, now);
        apply(order, result, now);
        if (result.expired() && working(order)) {
            lifecycle.move(order, OrderStatus.EXPIRED, "DAY order unfilled at the close " + order.expiresAt, now);
            if (result.evaluatedThrough() != null) {
                brackets.openExits(order, result.evaluatedThrough(), now);
            }
        }
    }

    private void fillPair(String group, Instant now) {
        // locked in id order, like every other path that locks more than one order, so two transactions never deadlock
        List<OrderEntity> working = orders.idsInGroup(group).stream().map(orders::lockById).flatMap(Optional::stream)
                .filter(SimFillBooking::working).sorted(Comparator.comparing(o -> o.type != OrderType.STOP)).toList();
        if (working.size() == 1) {
            fillSingle(working.get(0), now);
        } else if (working.size() == 2) {
            OrderEntity first = working.get(0);
            OrderEntity second = working.get(1);
            OneCancelsOther.Result result = oneCancelsOther.replay(SimOrders.of(first), SimOrders.state(first),
                    SimOrders.of(second), SimOrders.state(second), window(first, first.evaluatedThrough, now), first.evaluatedThrough,
                    now);
            apply(result.winner() == 2 ? second : first, result.winner() == 2 ? result.second() : result.first(), now);
            apply(result.winner() == 2 ? first : second, result.winner() == 2 ? result.first() : result.second(), now);
        }
    }

    /**
     * The minute bars {@code order} has not walked yet and the clock has reached: after {@code through}, the
     * last bar it walked, or when null from the bar the order arrived during (a MARKET order sent in the
     * session's last minute fills at its close). Every bar it may still use by {@code now} is in it, so the
     * replay's expiry check (no bar before the expiry left to walk) holds on the window as on the whole history.
     */
    private List<Bar> window(OrderEntity order, Instant through, Instant now) {
        Instant from = through == null ? order.submittedAt.minus(SimBars.BAR_LENGTH).plusNanos(1) : through.plusNanos(1);
        return bars.window(order.symbol, from, now);
    }

    /** Walks {@code order} (not one of a one-cancels-other pair) from its stored cursor over the bars the clock has reached by {@code now}. */
    BarReplay.Result walk(OrderEntity order, Instant now) {
        return replay.replay(SimOrders.of(order), SimOrders.state(order), window(order, order.evaluatedThrough, now),
                order.evaluatedThrough, now);
    }

    /** The commission of {@code execution}, the next execution of {@code order}, as IBKR charges it over the whole order. */
    BigDecimal fee(OrderEntity order, BarExecution execution) {
        BigDecimal valueBefore = order.avgFillPrice == null ? BigDecimal.ZERO : order.avgFillPrice.multiply(order.filledQuantity);
        return commission.forExecution(order.filledQuantity, valueBefore, order.commission, execution.quantity(), execution.price());
    }

    /** The execution id of {@code execution} of {@code order}: one per order and bar, so a bar is never booked twice. */
    static String execId(OrderEntity order, BarExecution execution) {
        return "SIM-" + order.id + "-" + execution.bar().getEpochSecond();
    }

    private void apply(OrderEntity order, BarReplay.Result result, Instant now) {
        for (BarExecution execution : result.executions()) {
            book(order, execution, now);
        }
        order.evaluatedThrough = result.evaluatedThrough();
        order.stopTriggered = result.state().triggered();
    }

    private void book(OrderEntity order, BarExecution execution, Instant now) {
        String execId = execId(order, execution);
        if (!working(order) || executions.exists(execId)) {
            return;
        }
        BigDecimal fee = fee(order, execution);
        boolean completes = order.filledQuantity.add(execution.quantity()).compareTo(order.quantity) >= 0;
        lifecycle.move(order, completes ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, "execution " + execId, now);
        ledger.book(order, new SimLedger.Fill(execId, execution.quantity(), execution.price(), fee, execution.at()), now);
        brackets.cancelOthers(order, now);
        if (completes) {
            brackets.openExits(order, execution.bar(), now);
            metrics.counter("tradebot.orders.filled", "strategy", order.strategy).increment();
        }
        Log.infof("Executed %s: %s %s %s at %s, commission %s (%s)", order.clientOrderId, order.side,
                execution.quantity().toPlainString(), order.symbol, execution.price().toPlainString(),
                fee.toPlainString(), order.status);
    }

    static boolean working(OrderEntity order) {
        return order.status == OrderStatus.ACCEPTED || order.status == OrderStatus.PARTIALLY_FILLED;
    }
}
