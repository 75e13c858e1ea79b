package io.tradebot.ibkr.adapters.sim;

import io.quarkus.logging.Log;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.ibkr.order.OrderLifecycle;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Brackets on the simulated exchange. When an entry with a bracket is done (FILLED, or EXPIRED after
 * a partial fill) its exits are created for the filled quantity as a one-cancels-other pair: a GTC STOP
 * at the stop-loss ({@code <entry>-SL}) and a GTC LIMIT at the take-profit ({@code <entry>-TP}), both the
 * other side of the entry. They work from the minute bar after the entry's last execution, so an exit
 * never uses the same bar as the entry (the path inside that minute is unknown). When one exit executes, the
 * other is cancelled in the same transaction.
 */
@ApplicationScoped
public class SimBrackets {

    /** Suffix of a bracket's stop-loss child. */
    public static final String STOP_LOSS = "-SL";
    /** Suffix of a bracket's take-profit child. */
    public static final String TAKE_PROFIT = "-TP";

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;

    public SimBrackets(OrderRepository orders, OrderLifecycle lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    /** Creates the exits of {@code entry} if it has a bracket and a filled quantity; {@code lastBar} is its last execution's bar start. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openExits(OrderEntity entry, Instant lastBar, Instant now) {
        if (entry.bracketStopLoss == null || entry.filledQuantity.signum() <= 0) {
            return;
        }
        // one second into the fill's minute, so the next minute is the first the exits work on. Not a millisecond:
        // Connector/J sends MariaDB (which it reads as a 5.5 server) whole seconds, and lastBar + 1 ms would be
        // stored as lastBar itself, letting the exits trade on the entry's own minute
        Instant from = lastBar.plusSeconds(1);
        child(entry, STOP_LOSS, OrderType.STOP, null, entry.bracketStopLoss, from, now);
        child(entry, TAKE_PROFIT, OrderType.LIMIT, entry.bracketTakeProfit, null, from, now);
        Log.infof("Bracket of %s: stop-loss %s, take-profit %s for %s shares", entry.clientOrderId,
                entry.bracketStopLoss.toPlainString(), entry.bracketTakeProfit.toPlainString(),
                entry.filledQuantity.toPlainString());
    }

    /** Cancels the working orders of {@code executed}'s one-cancels-other group other than itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelOthers(OrderEntity executed, Instant now) {
        if (executed.ocoGroup == null) {
            return;
        }
        for (Long id : orders.idsInGroup(executed.ocoGroup)) {
            if (!id.equals(executed.id)) {
                orders.lockById(id).filter(other -> !other.status.isTerminal()).ifPresent(other -> lifecycle.move(other,
                        OrderStatus.CANCELLED, "one-cancels-other: " + executed.clientOrderId + " executed", now));
            }
        }
    }

    private void child(OrderEntity entry, String suffix, OrderType type, BigDecimal limit, BigDecimal stop, Instant from,
            Instant now) {
        OrderEntity child = new OrderEntity();
        child.clientOrderId = entry.clientOrderId + suffix;
        child.parentClientOrderId = entry.clientOrderId;
        child.ocoGroup = entry.clientOrderId;
        child.strategy = entry.strategy;
        child.symbol = entry.symbol;
        child.side = entry.side == OrderSide.BUY ? OrderSide.SELL : OrderSide.BUY;
        child.type = type;
        child.quantity = entry.filledQuantity;
        child.limitPrice = limit;
        child.stopPrice = stop;
        child.timeInForce = TimeInForce.GTC;
        child.status = OrderStatus.NEW;
        child.filledQuantity = BigDecimal.ZERO;
        child.commission = BigDecimal.ZERO;
        child.submittedAt = from;
        child.createdAt = now;
        child.updatedAt = now;
        orders.persistAndFlush(child);
        lifecycle.created(child, now);
        lifecycle.move(child, OrderStatus.SUBMITTED, "bracket exit of " + entry.clientOrderId, now);
        child.brokerOrderId = "SIM-" + child.id;
        lifecycle.move(child, OrderStatus.ACCEPTED, "accepted by the simulated exchange", now);
    }
}
