package io.tradebot.strategy.backtest;

import io.tradebot.strategy.fill.BarReplay;
import io.tradebot.strategy.fill.SimOrder;
import io.tradebot.strategy.fill.WorkingState;
import io.tradebot.strategy.signal.Bracket;
import java.math.BigDecimal;

/** A simulated order still working in a backtest, with what it has filled and been charged so far. */
final class WorkingOrder {

    /** What the order does to the position. */
    enum Role {
        ENTRY, EXIT, STOP_LOSS, TAKE_PROFIT
    }

    final String id;
    final Role role;
    final SimOrder order;
    final String reason;
    /** The entry's bracket legs are opened from this order once it is filled; null for every other order. */
    final Bracket bracket;
    /** The value an entry adds to gross exposure while it is pending (quantity × signal close); zero otherwise. */
    final BigDecimal reservedValue;
    WorkingState state = WorkingState.FRESH;
    BigDecimal filled = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    BigDecimal charged = BigDecimal.ZERO;
    boolean done;

    WorkingOrder(String id, Role role, SimOrder order, String reason, Bracket bracket,
            BigDecimal reservedValue) {
        this.id = id;
        this.role = role;
        this.order = order;
        this.reason = reason;
        this.bracket = bracket;
        this.reservedValue = reservedValue;
    }

    boolean closes() {
        return role != Role.ENTRY;
    }

    void walked(BarReplay.Result result) {
        state = result.state();
    }

    boolean complete() {
        return filled.compareTo(order.quantity()) >= 0;
    }
}
