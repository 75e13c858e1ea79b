package io.tradebot.strategy.signal;

import io.tradebot.strategy.fill.Bar;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a strategy sees when a bar closes.
 *
 * @param symbol    the symbol the bar is for
 * @param bar       the bar that just closed (daily or intraday)
 * @param position  the strategy's position in the symbol at the bar's close
 * @param equity    the account equity the strategy sizes new positions by
 * @param candidate the watchlist entry for the symbol current at this bar, or null when it is not on a watchlist
 */
public record BarEvent(String symbol, Bar bar, Position position, BigDecimal equity, Candidate candidate) {

    public BarEvent {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(bar, "bar");
        Objects.requireNonNull(position, "position");
        if (equity == null || equity.signum() < 0) {
            throw new IllegalArgumentException("equity must not be negative, was " + equity);
        }
    }

    /** An event without a watchlist candidate. */
    public static BarEvent of(String symbol, Bar bar, Position position, BigDecimal equity) {
        return new BarEvent(symbol, bar, position, equity, null);
    }
}
