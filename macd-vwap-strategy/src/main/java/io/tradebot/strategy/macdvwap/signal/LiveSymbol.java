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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One symbol's live evaluation of a strategy for one trading day. It starts from the bars since a fixed instant
 * before the day (the warm-up), so a restart that feeds the same bars again rebuilds the same indicators; afterwards
 * each completed bar is fed exactly once. On the first feed only the last bar's intents are acted on (the earlier ones
 * were due before this evaluation existed); on later feeds, every new bar's.
 */
public final class LiveSymbol {

    private final String symbol;
    private final LocalDate tradingDate;
    private final Instant warmUpFrom;
    private final SymbolStrategy strategy;
    private Instant lastFed;

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

    /** The start of the last bar fed, null before the first. */
    public Instant lastFed() {
        return lastFed;
    }

    /**
     * Feeds the bars of {@code bars} that start at or after the warm-up, have ended by {@code now} and were not fed yet,
     * in time order, each with {@code position} and {@code equity}; returns the intents to act on now.
     *
     * @param bars the symbol's 1-minute bars, ascending
     */
    public List<TradeIntent> feed(List<Bar> bars, Instant now, Position position, BigDecimal equity) {
        boolean first = lastFed == null;
        List<TradeIntent> act = new ArrayList<>();
        for (Bar bar : bars) {
            if (bar.start().isBefore(warmUpFrom) || bar.end().isAfter(now)
                    || lastFed != null && !bar.start().isAfter(lastFed)) {
                continue;
            }
            List<TradeIntent> intents = strategy.onBar(BarEvent.of(symbol, bar, position, equity));
            lastFed = bar.start();
            if (first) {
                act.clear();
            }
            act.addAll(intents);
        }
        return act;
    }
}
