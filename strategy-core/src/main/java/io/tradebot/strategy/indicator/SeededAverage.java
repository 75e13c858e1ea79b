package io.tradebot.strategy.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.RecursiveCachedIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * An exponential average seeded with the simple average of its first {@code barCount} inputs (StockCharts,
 * Wilder, TA-Lib), undefined before that. ta4j's {@code EMAIndicator} and {@code MMAIndicator} use the same
 * recursion but seed with the first input alone, which stays visible for hundreds of bars (about 200 for
 * EMA-20 and 280 for Wilder-14 before it falls under 1e-9 relative) and disagrees with every published table.
 */
final class SeededAverage extends RecursiveCachedIndicator<Num> {

    private final Indicator<Num> source;
    private final int barCount;
    private final int seedIndex;
    private final Num alpha;

    /**
     * @param source       the input, defined from {@code sourceFirst} on
     * @param barCount     the period; the seed is the mean of the first {@code barCount} defined inputs
     * @param alpha        the weight of each new input after the seed
     * @param sourceFirst  index of the input's first defined value
     */
    private SeededAverage(Indicator<Num> source, int barCount, double alpha, int sourceFirst) {
        super(source);
        if (barCount < 1) {
            throw new IllegalArgumentException("barCount must be at least 1, was " + barCount);
        }
        this.source = source;
        this.barCount = barCount;
        this.seedIndex = sourceFirst + barCount - 1;
        this.alpha = source.getBarSeries().numFactory().numOf(alpha);
    }

    /** EMA: weight 2 / (n + 1). */
    static SeededAverage ema(Indicator<Num> source, int barCount, int sourceFirst) {
        return new SeededAverage(source, barCount, 2.0 / (barCount + 1), sourceFirst);
    }

    /** Wilder's smoothing (RSI, ATR): weight 1 / n. */
    static SeededAverage wilder(Indicator<Num> source, int barCount, int sourceFirst) {
        return new SeededAverage(source, barCount, 1.0 / barCount, sourceFirst);
    }

    @Override
    protected Num calculate(int index) {
        if (index < seedIndex) {
            return NaN.NaN;
        }
        if (index == seedIndex) {
            return seed();
        }
        Num previous = getValue(index - 1);
        return source.getValue(index).minus(previous).multipliedBy(alpha).plus(previous);
    }

    private Num seed() {
        Num sum = getBarSeries().numFactory().zero();
        for (int i = seedIndex - barCount + 1; i <= seedIndex; i++) {
            sum = sum.plus(source.getValue(i));
        }
        return sum.dividedBy(getBarSeries().numFactory().numOf(barCount));
    }

    @Override
    public int getCountOfUnstableBars() {
        return seedIndex;
    }
}
