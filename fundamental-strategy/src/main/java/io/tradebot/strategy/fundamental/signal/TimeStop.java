package io.tradebot.strategy.fundamental.signal;

import io.tradebot.common.market.BarView;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.marketdata.RegularSession;
import io.tradebot.strategy.signal.BarEvent;
import io.tradebot.strategy.signal.IntentAction;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.SymbolStrategy;
import io.tradebot.strategy.signal.TradeIntent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * strategy-core's {@code fundamental} time stop for a held entry: its daily bars from the opening day (the session after
 * the entry's trade date, at whose open the entry filled) through the
 * last completed session are fed with the position, and the last bar's exit intent, if any, is the order to send. The
 * intent's id is the order's clientOrderId, so every poll after that session names the same order.
 */
public final class TimeStop {

    private final Strategy strategy;

    public TimeStop(Strategy strategy) {
        this.strategy = strategy;
    }

    /**
     * The exit due at the last of {@code dailyBars} for a long of {@code quantity} at {@code averagePrice} opened at
     * the open of {@code openedOn}, or empty.
     *
     * @param dailyBars the symbol's daily bars, ascending; those before {@code openedOn} or from {@code today} on are ignored
     */
    public Optional<TradeIntent> exitDue(String symbol, LocalDate openedOn, LocalDate today, BigDecimal quantity,
            BigDecimal averagePrice, List<BarView> dailyBars) {
        Instant openedAt = RegularSession.open(openedOn);
        Position position = Position.of(quantity, averagePrice, openedAt);
        SymbolStrategy run = strategy.forSymbol(symbol);
        List<TradeIntent> last = List.of();
        for (BarView view : dailyBars) {
            LocalDate day = view.start().atZone(RegularSession.ZONE).toLocalDate();
            if (day.isBefore(openedOn) || !day.isBefore(today)) {
                continue;
            }
            // no candidate: the time stop only ever exits, and an exit is sized by the position, not by equity
            last = run.onBar(new BarEvent(symbol, dailyBar(view, day), position, BigDecimal.ZERO, null));
        }
        return last.stream().filter(intent -> intent.action() == IntentAction.EXIT_LONG).findFirst();
    }

    /** A daily bar of ibkr-client as strategy-core's bar, from its start to the session's 16:00 close. */
    static Bar dailyBar(BarView view, LocalDate day) {
        Instant close = day.atTime(RegularSession.CLOSE).atZone(RegularSession.ZONE).toInstant();
        Instant end = close.isAfter(view.start()) ? close : view.start().plusSeconds(60);
        return new Bar(view.start(), end, view.open(), view.high(), view.low(), view.close(), BigDecimal.valueOf(view.volume()));
    }
}
