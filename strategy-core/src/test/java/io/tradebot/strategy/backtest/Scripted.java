package io.tradebot.strategy.backtest;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.risk.IntentType;
import io.tradebot.strategy.signal.BarEvent;
import io.tradebot.strategy.signal.Bracket;
import io.tradebot.strategy.signal.IntentAction;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.SymbolStrategy;
import io.tradebot.strategy.signal.TradeIntent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A strategy that says what it is told at given bars of given symbols, and records the positions it was shown. */
final class Scripted implements Strategy {

    static final Instant T0 = Instant.parse("2024-01-02T14:30:00Z");

    private final Map<String, List<TradeIntent>> script = new HashMap<>();
    final Map<String, List<Position>> seen = new HashMap<>();
    final Map<String, List<BigDecimal>> equities = new HashMap<>();

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public int warmUpBars() {
        return 0;
    }

    /** At the close of bar {@code index} of {@code symbol}: {@code action} of {@code quantity} shares. */
    Scripted at(String symbol, int index, IntentAction action, int quantity, Bracket bracket) {
        Instant start = start(index);
        script.computeIfAbsent(symbol + index, k -> new ArrayList<>()).add(new TradeIntent(
                TradeIntent.idOf(name(), symbol, start, action), name(), symbol, start, action, IntentType.MARKET,
                BigDecimal.valueOf(quantity), null, null, bracket, "scripted " + action));
        return this;
    }

    @Override
    public SymbolStrategy forSymbol(String symbol) {
        return new SymbolStrategy() {
            private int index;

            @Override
            public List<TradeIntent> onBar(BarEvent event) {
                seen.computeIfAbsent(symbol, k -> new ArrayList<>()).add(event.position());
                equities.computeIfAbsent(symbol, k -> new ArrayList<>()).add(event.equity());
                return script.getOrDefault(symbol + index++, List.of());
            }
        };
    }

    /** Bar {@code index}: one day apart, each lasting 6.5 hours. */
    static Instant start(int index) {
        return T0.plus(Duration.ofDays(index));
    }

    /** Bars from rows of open, high, low, close, volume. */
    static List<Bar> bars(double[]... rows) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            double[] r = rows[i];
            bars.add(new Bar(start(i), start(i).plus(Duration.ofMinutes(390)), dec(r[0]), dec(r[1]), dec(r[2]),
                    dec(r[3]), dec(r[4])));
        }
        return bars;
    }

    static BigDecimal dec(double value) {
        return BigDecimal.valueOf(value);
    }
}
