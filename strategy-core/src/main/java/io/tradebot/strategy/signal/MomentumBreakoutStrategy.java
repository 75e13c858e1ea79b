package io.tradebot.strategy.signal;

import java.util.Locale;

/**
 * {@code momentum-breakout}, long only: buy a close above the recent highs that trades well above the recent average
 * volume (price AND volume), sell a close below the recent lows; every entry carries its stop-loss/take-profit bracket.
 */
public final class MomentumBreakoutStrategy implements Strategy {

    public static final String NAME = "momentum-breakout";

    private final MomentumBreakoutConfig config;

    public MomentumBreakoutStrategy(MomentumBreakoutConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The breakout needs {@code lookback} earlier bars. */
    @Override
    public int warmUpBars() {
        return Math.max(config.lookback(), config.exitLookback());
    }

    @Override
    public SymbolStrategy forSymbol(String symbol) {
        return new SymbolRun(NAME, symbol, this::rules);
    }

    private SymbolRun.Rules rules(BarHistory history) {
        Breakout breakout = new Breakout(history, config.lookback(), config.volumeFactor(), config.exitLookback());
        return (i, event, intents) -> {
            if (event.position().isFlat() && breakout.breaksOut(i)) {
                return intents.enter(true, config.entry(), String.format(Locale.ROOT,
                        "close %s above the %d-bar high %.4f on volume %.0f > %.2f x average %.0f",
                        event.bar().close().toPlainString(), config.lookback(), breakout.previousHigh(i),
                        breakout.volume(i), config.volumeFactor(), breakout.previousAverageVolume(i)));
            }
            if (event.position().isLong() && breakout.breaksDown(i)) {
                return intents.exit(String.format(Locale.ROOT, "close %s below the %d-bar low",
                        event.bar().close().toPlainString(), config.exitLookback()));
            }
            return intents;
        };
    }
}
