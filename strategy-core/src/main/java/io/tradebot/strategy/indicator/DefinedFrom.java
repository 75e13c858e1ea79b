package io.tradebot.strategy.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.CachedIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * An indicator that is undefined ({@code NaN}) before a given index: ta4j's SMA and standard deviation compute
 * a shorter window at the start of a series, which is a different quantity, not an early value of the same one.
 */
final class DefinedFrom extends CachedIndicator<Num> {

    private final Indicator<Num> source;
    private final int firstIndex;

    DefinedFrom(Indicator<Num> source, int firstIndex) {
        super(source);
        if (firstIndex < 0) {
            throw new IllegalArgumentException("firstIndex must not be negative, was " + firstIndex);
        }
        this.source = source;
        this.firstIndex = firstIndex;
    }

    @Override
    protected Num calculate(int index) {
        return index < firstIndex ? NaN.NaN : source.getValue(index);
    }

    @Override
    public int getCountOfUnstableBars() {
        return firstIndex;
    }
}
