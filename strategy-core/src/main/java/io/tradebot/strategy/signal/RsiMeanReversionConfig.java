package io.tradebot.strategy.signal;

import java.util.Objects;

/**
 * {@code rsi-mean-reversion}: Wilder's RSI of the closes against an oversold and an overbought level.
 *
 * @param period     the RSI period (default 14)
 * @param oversold   buy below this level (default 30)
 * @param overbought sell above this level (default 70)
 * @param entry      sizing and bracket of an entry (default 10% of equity, -2%, +5%)
 */
public record RsiMeanReversionConfig(int period, double oversold, double overbought, EntryRules entry) {

    public static final RsiMeanReversionConfig DEFAULTS = new RsiMeanReversionConfig(14, 30, 70, EntryRules.DEFAULTS);

    public RsiMeanReversionConfig {
        ConfigChecks.atLeast("period", period, 2);
        ConfigChecks.within("oversold", oversold, 0, 100);
        ConfigChecks.within("overbought", overbought, 0, 100);
        if (oversold >= overbought) {
            throw new IllegalArgumentException("oversold (" + oversold + ") must be below overbought (" + overbought + ")");
        }
        Objects.requireNonNull(entry, "entry");
    }
}
