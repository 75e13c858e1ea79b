package io.tradebot.ibkr.marketdata;

import io.tradebot.common.market.FundamentalsView;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The bundled fundamentals snapshot, by symbol. */
public final class Fundamentals {

    private final Map<String, FundamentalsView> bySymbol = new TreeMap<>();

    public Fundamentals(Collection<FundamentalsView> rows) {
        rows.forEach(row -> bySymbol.putIfAbsent(row.symbol(), row));
    }

    /** The fundamentals of {@code symbol}, if the snapshot has it. */
    public Optional<FundamentalsView> of(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    /** Number of companies in the snapshot. */
    public int size() {
        return bySymbol.size();
    }
}
