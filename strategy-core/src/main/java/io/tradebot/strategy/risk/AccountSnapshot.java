package io.tradebot.strategy.risk;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The account as the rules judge an order against it.
 *
 * @param equity            cash plus market value now
 * @param startOfDayEquity  equity when the trading day began, or null when it is not known yet
 * @param grossExposure     Σ|market value| of the positions plus the value of every open order
 * @param symbols           exposure per symbol; a symbol missing here is neither held nor priced
 * @param openPositionCount symbols held or with an open order
 */
public record AccountSnapshot(BigDecimal equity, BigDecimal startOfDayEquity, BigDecimal grossExposure,
        Map<String, SymbolExposure> symbols, int openPositionCount) {

    public AccountSnapshot {
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(grossExposure, "grossExposure");
        symbols = Map.copyOf(symbols);
    }

    /** The exposure in {@code symbol}; an unpriced empty one when the snapshot does not know it. */
    public SymbolExposure exposure(String symbol) {
        return symbols.getOrDefault(symbol, SymbolExposure.none(null));
    }
}
