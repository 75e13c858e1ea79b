package io.tradebot.strategy.signal;

import java.util.Objects;

/**
 * {@code ma-crossover}: a simple moving average of {@code fast} closes against one of {@code slow} closes.
 *
 * @param fast  the fast SMA's period (default 20)
 * @param slow  the slow SMA's period (default 50, the source documents' SMA-50)
 * @param entry sizing and bracket of an entry (default 10% of equity, -2%, +5%)
 */
public record MaCrossoverConfig(int fast, int slow, EntryRules entry) {

    public static final MaCrossoverConfig DEFAULTS = new MaCrossoverConfig(20, 50, EntryRules.DEFAULTS);

    public MaCrossoverConfig {
        ConfigChecks.atLeast("fast", fast, 1);
        ConfigChecks.atLeast("slow", slow, 2);
        if (fast >= slow) {
            throw new IllegalArgumentException("fast (" + fast + ") must be shorter than slow (" + slow + ")");
        }
        Objects.requireNonNull(entry, "entry");
    }
}
