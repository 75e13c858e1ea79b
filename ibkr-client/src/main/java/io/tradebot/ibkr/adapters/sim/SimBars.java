package io.tradebot.ibkr.adapters.sim;

import io.tradebot.ibkr.marketdata.DailyBar;
import io.tradebot.ibkr.marketdata.MarketHistory;
import io.tradebot.strategy.fill.Bar;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bars the simulated exchange matches orders against: each bundled daily bar as the session 09:30–16:00 New York. */
@ApplicationScoped
public class SimBars {

    private final MarketHistory history;
    private final Map<String, List<Bar>> bySymbol = new ConcurrentHashMap<>();

    public SimBars(MarketHistory history) {
        this.history = history;
    }

    /** The bars of {@code symbol}, ascending by start. */
    public List<Bar> of(String symbol) {
        return bySymbol.computeIfAbsent(symbol, s -> history.bars(s).stream().map(SimBars::bar).toList());
    }

    /**
     * When a DAY order submitted at {@code submittedAt} expires: the close of the session of the first
     * bar it can trade on (an order placed during or after a session works the next one); null when
     * no such bar exists yet.
     */
    public Instant dayExpiry(String symbol, Instant submittedAt) {
        return of(symbol).stream().filter(bar -> !bar.start().isBefore(submittedAt)).findFirst().map(Bar::end).orElse(null);
    }

    private static Bar bar(DailyBar daily) {
        return new Bar(daily.opensAt(), daily.closesAt(), daily.open(), daily.high(), daily.low(), daily.close(),
                BigDecimal.valueOf(daily.volume()));
    }
}
