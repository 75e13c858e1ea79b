package io.tradebot.strategy.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an entry is sized and protected: a position worth {@code positionPct} of equity at the signal bar's close, with
 * a bracket {@code stopLossPct} below and {@code takeProfitPct} above that close (mirrored for a short). Percentages are
 * plain percent numbers (2 means 2%).
 */
public record EntryRules(BigDecimal positionPct, BigDecimal stopLossPct, BigDecimal takeProfitPct) {

    /** The source documents' defaults: 10% of equity per position, stop-loss -2%, take-profit +5%. */
    public static final EntryRules DEFAULTS = new EntryRules(BigDecimal.TEN, BigDecimal.TWO, BigDecimal.valueOf(5));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public EntryRules {
        ConfigChecks.percent("positionPct", positionPct, false);
        ConfigChecks.percent("stopLossPct", stopLossPct, true);
        ConfigChecks.percent("takeProfitPct", takeProfitPct, true);
    }

    /** Whole shares worth at most {@code positionPct} of {@code equity} at {@code price}; zero when not even one. */
    public BigDecimal shares(BigDecimal equity, BigDecimal price) {
        return equity.multiply(positionPct).divide(HUNDRED.multiply(price), 0, RoundingMode.DOWN);
    }

    /** The bracket of an entry at {@code price}: long below/above, short above/below, on the price's tick. */
    public Bracket bracket(boolean isLong, BigDecimal price) {
        BigDecimal stop = percentAway(price, isLong ? stopLossPct.negate() : stopLossPct);
        BigDecimal target = percentAway(price, isLong ? takeProfitPct : takeProfitPct.negate());
        return new Bracket(stop, target);
    }

    /** {@code price} moved by {@code pct} percent, rounded half up to its tick (a cent, or $0.0001 below $1). */
    static BigDecimal percentAway(BigDecimal price, BigDecimal pct) {
        BigDecimal moved = price.multiply(HUNDRED.add(pct)).divide(HUNDRED);
        return moved.setScale(moved.compareTo(BigDecimal.ONE) >= 0 ? 2 : 4, RoundingMode.HALF_UP);
    }
}
