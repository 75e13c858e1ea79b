package io.tradebot.strategy.backtest;

import io.tradebot.strategy.signal.Candidate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The watchlist candidates a backtest shows a strategy (what a screener would have written): for a symbol, at each bar
 * of a trading day it has a candidate for, until the strategy has made an entry on it, so a candidate is entered once,
 * as a live service consumes a watchlist entry.
 */
public final class Watchlist {

    /** No candidates: what every strategy but {@code fundamental} trades without. */
    public static final Watchlist EMPTY = new Watchlist(List.of());

    /** One candidate of one symbol. */
    public record Entry(String symbol, Candidate candidate) {
        public Entry {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(candidate, "candidate");
        }
    }

    private final Map<String, Map<LocalDate, Candidate>> bySymbol = new HashMap<>();

    /** @throws IllegalArgumentException when a symbol has two candidates for one trading day */
    public Watchlist(List<Entry> entries) {
        for (Entry entry : entries) {
            Candidate earlier = bySymbol.computeIfAbsent(entry.symbol(), s -> new HashMap<>())
                    .putIfAbsent(entry.candidate().tradeDate(), entry.candidate());
            if (earlier != null) {
                throw new IllegalArgumentException(entry.symbol() + " has two candidates for " + entry.candidate().tradeDate());
            }
        }
    }

    /** The candidate of {@code symbol} for {@code tradingDate}, or null. */
    Candidate candidate(String symbol, LocalDate tradingDate) {
        return bySymbol.getOrDefault(symbol, Map.of()).get(tradingDate);
    }
}
