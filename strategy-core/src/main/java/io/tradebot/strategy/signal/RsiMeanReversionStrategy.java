package io.tradebot.strategy.signal;

import java.util.Locale;

/**
 * {@code rsi-mean-reversion}, long only: buy at a close where the RSI is below the oversold level, sell at a close where
 * it is above the overbought level; every entry carries its stop-loss/take-profit bracket.
 */
public final class RsiMeanReversionStrategy implements Strategy {

    public static final String NAME = "rsi-mean-reversion";

    private final RsiMeanReversionConfig config;

    public RsiMeanReversionStrategy(RsiMeanReversionConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** RSI(n) is first defined at bar n. */
    @Override
    public int warmUpBars() {
        return config.period();
    }

    @Override
    public SymbolStrategy forSymbol(String symbol) {
        return new SymbolRun(NAME, symbol, this::rules);
    }

    private SymbolRun.Rules rules(BarHistory history) {
        RsiZone zone = new RsiZone(history, config.period(), config.oversold(), config.overbought());
        return (i, event, intents) -> {
            Vote vote = zone.vote(i);
            if (event.position().isFlat() && vote == Vote.BUY) {
                return intents.enter(true, config.entry(), describe(zone, i, "below oversold", config.oversold()));
            }
            if (event.position().isLong() && vote == Vote.SELL) {
                return intents.exit(describe(zone, i, "above overbought", config.overbought()));
            }
            return intents;
        };
    }

    private String describe(RsiZone zone, int i, String where, double level) {
        return String.format(Locale.ROOT, "RSI(%d) %.2f %s %.2f", config.period(), zone.rsi(i), where, level);
    }
}
