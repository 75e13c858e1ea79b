package io.tradebot.strategy.signal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@code macd-vwap}: MACD(fast, slow, signal) of intraday closes against the session-anchored VWAP.
 *
 * @param fast                   the MACD's short EMA period (default 12)
 * @param slow                   the MACD's long EMA period (default 26)
 * @param signal                 the signal line's EMA period (default 9)
 * @param flatMinutesBeforeClose minutes before the regular close from which positions are closed and no entry is made
 *                               (default 15)
 * @param entry                  sizing and bracket of an entry (default 10% of equity, stop-loss 0.5%, take-profit 1%)
 */
public record MacdVwapConfig(int fast, int slow, int signal, int flatMinutesBeforeClose, EntryRules entry) {

    /** Intraday brackets are tighter than the daily strategies' -2%/+5%. */
    public static final EntryRules ENTRY_DEFAULTS = new EntryRules(BigDecimal.TEN, new BigDecimal("0.5"), BigDecimal.ONE);

    public static final MacdVwapConfig DEFAULTS = new MacdVwapConfig(12, 26, 9, 15, ENTRY_DEFAULTS);

    public MacdVwapConfig {
        ConfigChecks.atLeast("fast", fast, 1);
        ConfigChecks.atLeast("slow", slow, 2);
        ConfigChecks.atLeast("signal", signal, 1);
        if (fast >= slow) {
            throw new IllegalArgumentException("fast (" + fast + ") must be shorter than slow (" + slow + ")");
        }
        ConfigChecks.atLeast("flatMinutesBeforeClose", flatMinutesBeforeClose, 1);
        if (flatMinutesBeforeClose > 390) {
            throw new IllegalArgumentException("flatMinutesBeforeClose must be at most 390 (a session), was "
                    + flatMinutesBeforeClose);
        }
        Objects.requireNonNull(entry, "entry");
    }
}
