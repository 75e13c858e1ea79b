package io.tradebot.strategy.signal;

import java.util.Locale;

/**
 * {@code ma-crossover}, long only: buy when the fast SMA crosses above the slow one, sell when it crosses back below;
 * every entry carries its stop-loss/take-profit bracket.
 */
public final class MaCrossoverStrategy implements Strategy {

    public static final String NAME = "ma-crossover";

    private final MaCrossoverConfig config;

    public MaCrossoverStrategy(MaCrossoverConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The first cross can come at the bar after the slow SMA's first value. */
    @Override
    public int warmUpBars() {
        return config.slow();
    }

    @Override
    public SymbolStrategy forSymbol(String symbol) {
        return new SymbolRun(NAME, symbol, this::rules);
    }

    private SymbolRun.Rules rules(BarHistory history) {
        MaTrend trend = new MaTrend(history, config.fast(), config.slow());
        return (i, event, intents) -> {
            if (event.position().isFlat() && trend.crossedAbove(i)) {
                return intents.enter(true, config.entry(), describe("above", trend, i));
            }
            if (event.position().isLong() && trend.crossedBelow(i)) {
                return intents.exit(describe("below", trend, i));
            }
            return intents;
        };
    }

    private String describe(String direction, MaTrend trend, int i) {
        return String.format(Locale.ROOT, "SMA(%d) %.4f crossed %s SMA(%d) %.4f", config.fast(), trend.fast(i),
                direction, config.slow(), trend.slow(i));
    }
}
