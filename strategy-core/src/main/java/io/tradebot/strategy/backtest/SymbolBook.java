package io.tradebot.strategy.backtest;

import io.tradebot.strategy.backtest.WorkingOrder.Role;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.fill.BarExecution;
import io.tradebot.strategy.fill.BarFillModel;
import io.tradebot.strategy.fill.BarReplay;
import io.tradebot.strategy.fill.FillSide;
import io.tradebot.strategy.fill.OneCancelsOther;
import io.tradebot.strategy.fill.OrderCommission;
import io.tradebot.strategy.fill.OrderKind;
import io.tradebot.strategy.fill.SimOrder;
import io.tradebot.strategy.portfolio.Holding;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.SymbolStrategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One symbol in a backtest: its strategy, holding, working orders and bracket legs. Each bar first fills what is
 * working (entries and exits, then the bracket pair as one-cancels-other), then the strategy sees the bar's close.
 */
final class SymbolBook {

    private final String symbol;
    private final SymbolStrategy strategy;
    private final Ledger ledger;
    private final BarReplay replay;
    private final OneCancelsOther oneCancelsOther;
    private final OrderCommission commission;
    private final List<WorkingOrder> orders = new ArrayList<>();
    private BracketLegs bracket;
    private Holding holding = Holding.FLAT;
    private OpenTrade open;
    private BigDecimal lastClose = BigDecimal.ZERO;

    SymbolBook(String symbol, SymbolStrategy strategy, Ledger ledger, BarFillModel model, OrderCommission commission) {
        this.symbol = symbol;
        this.strategy = strategy;
        this.ledger = ledger;
        this.replay = new BarReplay(model);
        this.oneCancelsOther = new OneCancelsOther(model);
        this.commission = commission;
    }

    String symbol() {
        return symbol;
    }

    SymbolStrategy strategy() {
        return strategy;
    }

    BigDecimal quantity() {
        return holding.quantity();
    }

    BigDecimal marketValue() {
        return holding.quantity().multiply(lastClose);
    }

    /** The gross value of the position at the latest close plus what pending entries reserve. */
    BigDecimal grossExposure() {
        BigDecimal reserved = orders.stream().filter(o -> o.role == Role.ENTRY).map(o -> o.reservedValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return marketValue().abs().add(reserved);
    }

    boolean hasPendingEntry() {
        return orders.stream().anyMatch(o -> o.role == Role.ENTRY);
    }

    boolean hasPendingExit() {
        return orders.stream().anyMatch(o -> o.role == Role.EXIT);
    }

    /** Fills what is working on {@code bar}, then records its close. */
    void fillOn(Bar bar) {
        for (WorkingOrder order : List.copyOf(orders)) {
            if (!order.done && !waitsForExit(order)) {
                BarReplay.Result result = replay.replay(order.order, order.state, List.of(bar), null, bar.end());
                order.walked(result);
                result.executions().forEach(execution -> execute(order, execution));
            }
        }
        orders.removeIf(o -> o.done);
        if (bracket != null) {
            walkBracket(bar);
        }
        lastClose = bar.close();
    }

    /** The position the strategy is told about. */
    Position position() {
        return open == null ? Position.FLAT
                : Position.of(holding.quantity(), open.averageEntryPrice(), open.entryTime());
    }

    /**
     * Submits an order; an exit first cancels everything else working: the bracket legs, other exits and the rest
     * of a partly filled entry.
     */
    void submit(WorkingOrder order) {
        if (order.closes()) {
            cancelBracket();
            orders.forEach(o -> o.done = true);
            orders.clear();
        }
        orders.add(order);
    }

    /** An entry waits while a position the other way is still open (a reversal whose exit the volume cap split). */
    private boolean waitsForExit(WorkingOrder order) {
        int entrySign = order.order.side() == FillSide.BUY ? 1 : -1;
        return order.role == Role.ENTRY && holding.quantity().signum() == -entrySign;
    }

    /** Cancels everything working and closes the position at {@code bar}'s close, with commission, no slippage. */
    void closeAtEnd(Bar bar) {
        orders.clear();
        cancelBracket();
        if (holding.quantity().signum() == 0) {
            return;
        }
        BigDecimal quantity = holding.quantity().abs();
        FillSide side = holding.quantity().signum() > 0 ? FillSide.SELL : FillSide.BUY;
        WorkingOrder close = new WorkingOrder(symbol + ":end-of-data", Role.EXIT,
                new SimOrder(side, OrderKind.MARKET, quantity, null, null, bar.start(), null),
                "end of data", null, BigDecimal.ZERO);
        execute(close, new BarExecution(bar.start(), bar.end(), quantity,
                bar.close().setScale(6, RoundingMode.HALF_EVEN)));
    }

    private void walkBracket(Bar bar) {
        BracketLegs.Won won = bracket.walk(oneCancelsOther, bar);
        if (won == null) {
            return;
        }
        bracket = null;
        won.executions().forEach(execution -> execute(won.leg(), execution));
        if (!won.leg().done) {
            orders.add(won.leg()); // the other leg is cancelled; this one works on alone for what the volume cap left
        }
    }

    private void execute(WorkingOrder order, BarExecution execution) {
        BigDecimal quantity = order.closes() ? execution.quantity().min(holding.quantity().abs()) : execution.quantity();
        if (quantity.signum() == 0) {
            order.done = true;
            return;
        }
        BigDecimal price = execution.price();
        BigDecimal fee = commission.forExecution(order.filled, order.value, order.charged, quantity, price);
        order.filled = order.filled.add(quantity);
        order.value = order.value.add(quantity.multiply(price));
        order.charged = order.charged.add(fee);
        BigDecimal signed = order.order.side() == FillSide.BUY ? quantity : quantity.negate();
        ledger.cash = ledger.cash.subtract(signed.multiply(price)).subtract(fee);
        ledger.fills.add(new Fill(symbol, order.id, execution.at(), order.order.side(), quantity, price, fee));
        if (open == null) {
            open = new OpenTrade(symbol, signed.signum(), execution.at(), order.id, order.reason);
        }
        open.add(signed, price, fee);
        holding = holding.trade(signed, price, fee);
        if (order.complete()) {
            order.done = true;
        }
        if (holding.quantity().signum() == 0) {
            ledger.trades.add(open.close(execution.at(), order.reason));
            open = null;
            order.done = true;
            cancelExits();
        } else if (order.done && order.role == Role.ENTRY && order.bracket != null) {
            bracket = BracketLegs.of(order, holding.quantity().abs(), execution.bar());
        }
    }

    private void cancelExits() {
        cancelBracket();
        orders.stream().filter(WorkingOrder::closes).forEach(o -> o.done = true);
        orders.removeIf(o -> o.done);
    }

    private void cancelBracket() {
        bracket = null;
    }
}
