package io.tradebot.strategy.backtest;

import io.tradebot.strategy.backtest.WorkingOrder.Role;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.fill.BarExecution;
import io.tradebot.strategy.fill.FillSide;
import io.tradebot.strategy.fill.OneCancelsOther;
import io.tradebot.strategy.fill.OrderKind;
import io.tradebot.strategy.fill.SimOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A filled entry's bracket: the stop-loss (a STOP) and the take-profit (a LIMIT) for the whole position, working as
 * one-cancels-other from the bar after the entry's last fill, as the simulated exchange opens them.
 */
final class BracketLegs {

    /** The leg that executed on a bar, with its executions there. */
    record Won(WorkingOrder leg, List<BarExecution> executions) {
    }

    private final WorkingOrder stopLoss;
    private final WorkingOrder takeProfit;

    private BracketLegs(WorkingOrder stopLoss, WorkingOrder takeProfit) {
        this.stopLoss = stopLoss;
        this.takeProfit = takeProfit;
    }

    /** The legs of {@code entry} for {@code quantity} shares, its last fill on the bar starting at {@code fillBar}. */
    static BracketLegs of(WorkingOrder entry, BigDecimal quantity, Instant fillBar) {
        FillSide side = entry.order.side() == FillSide.BUY ? FillSide.SELL : FillSide.BUY;
        Instant from = fillBar.plusMillis(1);
        return new BracketLegs(
                new WorkingOrder(entry.id + "-SL", Role.STOP_LOSS, new SimOrder(side, OrderKind.STOP, quantity, null,
                        entry.bracket.stopLoss(), from, null), "stop-loss", null, BigDecimal.ZERO),
                new WorkingOrder(entry.id + "-TP", Role.TAKE_PROFIT, new SimOrder(side, OrderKind.LIMIT, quantity,
                        entry.bracket.takeProfit(), null, from, null), "take-profit", null, BigDecimal.ZERO));
    }

    /** Walks both legs over {@code bar}; the leg that executed (the stop-loss when both could), or null. */
    Won walk(OneCancelsOther oneCancelsOther, Bar bar) {
        OneCancelsOther.Result result = oneCancelsOther.replay(stopLoss.order, stopLoss.state, takeProfit.order,
                takeProfit.state, List.of(bar), null, bar.end());
        stopLoss.walked(result.first());
        takeProfit.walked(result.second());
        return switch (result.winner()) {
            case 1 -> new Won(stopLoss, result.first().executions());
            case 2 -> new Won(takeProfit, result.second().executions());
            default -> null;
        };
    }
}
