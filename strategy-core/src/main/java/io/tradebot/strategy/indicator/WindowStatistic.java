package io.tradebot.strategy.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.CachedIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * Mean or population standard deviation of the last {@code barCount} values, summed afresh for every bar, undefined
 * before a full window. ta4j's {@code SMAIndicator} (and the variance built on it) keeps a running total whose
 * result for the series' last bar, which ta4j never caches, depends on how often it was read: two reads can differ
 * in the last bits, so SMA-20 and the Bollinger middle band disagreed on the last row of the same file.
 */
final class WindowStatistic extends CachedIndicator<Num> {

    private final Indicator<Num> source;
    private final int barCount;
    private final boolean sigma;

    private WindowStatistic(Indicator<Num> source, int barCount, boolean sigma) {
        super(source);
        if (barCount < 1) {
            throw new IllegalArgumentException("barCount must be at least 1, was " + barCount);
        }
        this.source = source;
        this.barCount = barCount;
        this.sigma = sigma;
    }

    static WindowStatistic mean(Indicator<Num> source, int barCount) {
        return new WindowStatistic(source, barCount, false);
    }

    /** Population sigma: the squared deviations from the window's mean, divided by the window's length. */
    static WindowStatistic populationSigma(Indicator<Num> source, int barCount) {
        return new WindowStatistic(source, barCount, true);
    }

    @Override
    protected Num calculate(int index) {
        if (index < getCountOfUnstableBars()) {
            return NaN.NaN;
        }
        Num count = getBarSeries().numFactory().numOf(barCount);
        Num sum = getBarSeries().numFactory().zero();
        for (int i = index - barCount + 1; i <= index; i++) {
            sum = sum.plus(source.getValue(i));
        }
        Num mean = sum.dividedBy(count);
        if (!sigma) {
            return mean;
        }
        Num squares = getBarSeries().numFactory().zero();
        for (int i = index - barCount + 1; i <= index; i++) {
            Num deviation = source.getValue(i).minus(mean);
            squares = squares.plus(deviation.multipliedBy(deviation));
        }
        return squares.dividedBy(count).sqrt();
    }

    @Override
    public int getCountOfUnstableBars() {
        return barCount - 1;
    }
}
