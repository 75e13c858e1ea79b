package io.tradebot.strategy.signal;

import java.util.Objects;

/**
 * {@code momentum-breakout}: a close above the highest high of the previous {@code lookback} bars on volume above
 * {@code volumeFactor} times their average volume; out on a close below the lowest low of the previous
 * {@code exitLookback} bars.
 *
 * @param lookback     bars the breakout level and the average volume are taken over (default 20)
 * @param volumeFactor how many times the average volume the breakout bar must trade (default 1.5)
 * @param exitLookback bars the exit level is taken over (default 10)
 * @param entry        sizing and bracket of an entry (default 10% of equity, -2%, +5%)
 */
public record MomentumBreakoutConfig(int lookback, double volumeFactor, int exitLookback, EntryRules entry) {

    public static final MomentumBreakoutConfig DEFAULTS = new MomentumBreakoutConfig(20, 1.5, 10, EntryRules.DEFAULTS);

    public MomentumBreakoutConfig {
        ConfigChecks.atLeast("lookback", lookback, 1);
        ConfigChecks.within("volumeFactor", volumeFactor, 0, 100);
        ConfigChecks.atLeast("exitLookback", exitLookback, 1);
        Objects.requireNonNull(entry, "entry");
    }
}
