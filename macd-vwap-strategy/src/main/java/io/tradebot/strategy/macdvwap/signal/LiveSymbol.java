package io.tradebot.strategy.macdvwap.signal;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.signal.BarEvent;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.SymbolStrategy;
import io.tradebot.strategy.signal.TradeIntent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One symbol's live evaluation of a strategy for one trading day. It starts from the bars since a fixed instant
 * before the day (the warm-up), so a restart that feeds the same bars again rebuilds the same indicators; afterwards
 * each completed bar is fed exactly once. On the first feed only the last bar's intents are acted on (the earlier ones
 * were due before this evaluation existed). On later feeds the bars are fed up to and including the first one with
 * intents, which are acted on; the bars after it wait for the next feed, so that they are fed with the position those
 * intents' orders leave, as the broker then reports it.
 */
public final class LiveSymbol {

    /** Carries out the intents of {@code bar}. */
    @FunctionalInterface
    public interface Actor {
        void act(List<TradeIntent> intents, Bar bar);
    }

    private final String symbol;
    private final LocalDate tradingDate;
    private final Instant warmUpFrom;
    private final SymbolStrategy strategy;
    private Bar lastFed;

    public LiveSymbol(Strategy strategy, String symbol, LocalDate tradingDate, Instant warmUpFrom) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.tradingDate = Objects.requireNonNull(tradingDate, "tradingDate");
        this.warmUpFrom = Objects.requireNonNull(warmUpFrom, "warmUpFrom");
        this.strategy = strategy.forSymbol(symbol);
    }

    public LocalDate tradingDate() {
        return tradingDate;
    }

    public Instant warmUpFrom() {
        return warmUpFrom;
    }

    /** The last bar fed, null before the first. */
    public Bar lastFed() {
        return lastFed;
    }

    /**
     * Feeds the bars of {@code bars} that start at or after the warm-up, have ended by {@code now} and were not fed yet,
     * in time order, each with {@code position} and {@code equity}, and hands the intents to act on to {@code actor}.
     *
     * @param bars the symbol's 1-minute bars, ascending
     */
    public void feed(List<Bar> bars, Instant now, Position position, BigDecimal equity, Actor actor) {
        boolean first = lastFed == null;
        List<TradeIntent> last = List.of();
        for (Bar bar : bars) {
            if (bar.start().isBefore(warmUpFrom) || bar.end().isAfter(now)
                    || lastFed != null && !bar.start().isAfter(lastFed.start())) {
                continue;
            }
            last = strategy.onBar(BarEvent.of(symbol, bar, position, equity));
            lastFed = bar;
            if (!first && !last.isEmpty()) {
                actor.act(last, bar);
                return;
            }
        }
        if (first && !last.isEmpty()) {
            actor.act(last, lastFed);
        }
    }
}
