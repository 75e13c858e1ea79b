package io.tradebot.strategy.signal;

import io.tradebot.strategy.fill.Bar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A watchlist entry a screener wrote for a symbol: the trading day it is for and its score (the fundamental
 * screener's is the session's % gain).
 */
public record Candidate(LocalDate tradeDate, BigDecimal score) {

    public Candidate {
        Objects.requireNonNull(tradeDate, "tradeDate");
        Objects.requireNonNull(score, "score");
    }

    /** The New York trading day {@code bar} belongs to, as strategies match it against {@link #tradeDate()}. */
    public static LocalDate tradingDateOf(Bar bar) {
        return BarHistory.tradingDate(bar);
    }
}
