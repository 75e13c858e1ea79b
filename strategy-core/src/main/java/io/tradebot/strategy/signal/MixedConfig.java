package io.tradebot.strategy.signal;

import java.util.Objects;

/**
 * {@code mixed}: a vote of the three rule strategies at every bar. Only the components' rule parameters count; the
 * entry rules are this record's own.
 *
 * @param quorum   how many of the three votes must agree (default 2)
 * @param ma       the moving averages; votes BUY while the fast SMA is above the slow one, SELL while below
 * @param rsi      the RSI levels; votes BUY while oversold, SELL while overbought
 * @param momentum the breakout; votes BUY on a confirmed breakout, SELL on a close below the exit window's low
 * @param entry    sizing and bracket of an entry (default 10% of equity, -2%, +5%)
 */
public record MixedConfig(int quorum, MaCrossoverConfig ma, RsiMeanReversionConfig rsi,
        MomentumBreakoutConfig momentum, EntryRules entry) {

    /** The number of voters. */
    public static final int VOTERS = 3;

    public static final MixedConfig DEFAULTS = new MixedConfig(2, MaCrossoverConfig.DEFAULTS,
            RsiMeanReversionConfig.DEFAULTS, MomentumBreakoutConfig.DEFAULTS, EntryRules.DEFAULTS);

    public MixedConfig {
        ConfigChecks.atLeast("quorum", quorum, 1);
        if (quorum > VOTERS) {
            throw new IllegalArgumentException("quorum must be at most " + VOTERS + ", was " + quorum);
        }
        Objects.requireNonNull(ma, "ma");
        Objects.requireNonNull(rsi, "rsi");
        Objects.requireNonNull(momentum, "momentum");
        Objects.requireNonNull(entry, "entry");
    }
}
