package io.tradebot.strategy.fundamental.signal;

import io.tradebot.common.market.BarView;
import io.tradebot.strategy.marketdata.RegularSession;
import io.tradebot.strategy.signal.BarEvent;
import io.tradebot.strategy.signal.Candidate;
import io.tradebot.strategy.signal.IntentAction;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.TradeIntent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * strategy-core's {@code fundamental} entry for a watchlist entry of trade date D, as a backtest on daily bars makes
 * it: the daily bar of D is fed with the entry as its candidate, the account's position and equity, and the intent at
 * D's close (sized at that close, with its bracket) is the order, sent before the next session's open. Its id
 * ({@code fundamental:SYMBOL:<D 09:30 New York in UTC>:ENTER_LONG}) is the clientOrderId, the same at every poll and
 * after every restart.
 */
public final class EntrySignal {

    private final Strategy strategy;

    public EntrySignal(Strategy strategy) {
        this.strategy = strategy;
    }

    /**
     * @param today     the clock's trading date
     * @param dailyBars the symbol's completed daily bars from D on, ascending (others are ignored)
     * @param position  the account's position in the symbol now
     * @param equity    the account's equity now
     */
    public EntryDecision decide(WatchlistSignal signal, LocalDate today, List<BarView> dailyBars, Position position,
            BigDecimal equity) {
        LocalDate tradeDate = signal.tradeDate();
        if (!tradeDate.isBefore(today)) {
            return EntryDecision.waiting("it is bought at the close of " + tradeDate + ", which has not passed");
        }
        Optional<LocalDate> later = dailyBars.stream().map(EntrySignal::day).filter(d -> d.isAfter(tradeDate)
                && d.isBefore(today)).findFirst();
        if (later.isPresent()) {
            return EntryDecision.expire("stale", "the session of " + later.get() + " closed after its trade date "
                    + tradeDate + " before it could be entered");
        }
        Optional<BarView> bar = dailyBars.stream().filter(b -> day(b).equals(tradeDate)).findFirst();
        if (bar.isEmpty()) {
            return EntryDecision.expire("no-bar", "no daily bar of " + signal.symbol() + " on " + tradeDate);
        }
        if (signal.score() == null) {
            return EntryDecision.expire("invalid", "the entry has no score");
        }
        BarEvent event = new BarEvent(signal.symbol(), TimeStop.dailyBar(bar.get(), tradeDate), position, equity,
                new Candidate(tradeDate, signal.score()));
        Optional<TradeIntent> entry = strategy.forSymbol(signal.symbol()).onBar(event).stream()
                .filter(intent -> intent.action() == IntentAction.ENTER_LONG).findFirst();
        if (entry.isPresent()) {
            return EntryDecision.enter(entry.get());
        }
        return position.isFlat()
                ? EntryDecision.expire("no-entry", "strategy-core made no entry at the close " + bar.get().close()
                        .toPlainString() + " with equity " + equity.toPlainString() + " and score "
                        + signal.score().toPlainString() + " (below minScore, or not one whole share)")
                : EntryDecision.expire("held", "the account already holds " + position.quantity().toPlainString()
                        + " shares of " + signal.symbol());
    }

    private static LocalDate day(BarView bar) {
        return bar.start().atZone(RegularSession.ZONE).toLocalDate();
    }
}
