package io.tradebot.ibkr.marketdata;

import io.quarkus.logging.Log;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Daily bars per symbol, held in memory; the trading days are every date any symbol traded. */
public final class MarketHistory {

    private final Map<String, NavigableMap<LocalDate, DailyBar>> barsBySymbol = new TreeMap<>();
    private final NavigableSet<LocalDate> tradingDays = new TreeSet<>();

    public MarketHistory(Collection<DailyBar> bars) {
        for (DailyBar bar : bars) {
            NavigableMap<LocalDate, DailyBar> series = barsBySymbol.computeIfAbsent(bar.symbol(), s -> new TreeMap<>());
            if (series.putIfAbsent(bar.date(), bar) != null) {
                Log.warnf("Skipping a second bar of %s on %s", bar.symbol(), bar.date());
            }
            tradingDays.add(bar.date());
        }
    }

    /** The symbols with at least one bar, sorted. */
    public Set<String> symbols() {
        return barsBySymbol.keySet();
    }

    public boolean knows(String symbol) {
        return barsBySymbol.containsKey(symbol);
    }

    /** Every date on which any symbol traded, ascending. */
    public List<LocalDate> tradingDays() {
        return List.copyOf(tradingDays);
    }

    /** Number of bars of all symbols. */
    public int barCount() {
        return barsBySymbol.values().stream().mapToInt(Map::size).sum();
    }

    /** Bars of {@code symbol} dated {@code from}..{@code to} inclusive, ascending. */
    public List<DailyBar> bars(String symbol, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, DailyBar> series = barsBySymbol.get(symbol);
        if (series == null || from.isAfter(to)) {
            return List.of();
        }
        return new ArrayList<>(series.subMap(from, true, to, true).values());
    }

    /** Every bar of {@code symbol}, ascending. */
    public List<DailyBar> bars(String symbol) {
        NavigableMap<LocalDate, DailyBar> series = barsBySymbol.get(symbol);
        return series == null ? List.of() : new ArrayList<>(series.values());
    }

    public Optional<DailyBar> barOn(String symbol, LocalDate date) {
        NavigableMap<LocalDate, DailyBar> series = barsBySymbol.get(symbol);
        return Optional.ofNullable(series == null ? null : series.get(date));
    }

    /** The bar of {@code symbol} just before {@code date} (its previous row, even across a gap). */
    public Optional<DailyBar> barBefore(String symbol, LocalDate date) {
        NavigableMap<LocalDate, DailyBar> series = barsBySymbol.get(symbol);
        return Optional.ofNullable(series == null ? null : series.lowerEntry(date)).map(Map.Entry::getValue);
    }

    /** The bar of {@code symbol} on {@code date} or, when it did not trade that day, its next one. */
    public Optional<DailyBar> barOnOrAfter(String symbol, LocalDate date) {
        NavigableMap<LocalDate, DailyBar> series = barsBySymbol.get(symbol);
        return Optional.ofNullable(series == null ? null : series.ceilingEntry(date)).map(Map.Entry::getValue);
    }

    /** The last bar of {@code symbol} whose session had closed by {@code instant}. */
    public Optional<DailyBar> lastClosedBy(String symbol, Instant instant) {
        return barBefore(symbol, TradingHours.dateOf(instant).plusDays(1))
                .flatMap(bar -> bar.closesAt().isAfter(instant) ? barBefore(symbol, bar.date()) : Optional.of(bar));
    }

    /** The last trading day whose session had closed by {@code instant}. */
    public Optional<LocalDate> lastTradingDayClosedBy(Instant instant) {
        LocalDate day = tradingDays.floor(TradingHours.dateOf(instant));
        if (day != null && TradingHours.close(day).isAfter(instant)) {
            day = tradingDays.lower(day);
        }
        return Optional.ofNullable(day);
    }
}
