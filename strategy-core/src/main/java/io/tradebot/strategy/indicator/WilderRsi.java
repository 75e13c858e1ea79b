package io.tradebot.strategy.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.CachedIndicator;
import org.ta4j.core.indicators.helpers.GainIndicator;
import org.ta4j.core.indicators.helpers.LossIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

/**
 * Wilder's RSI, 100 - 100 / (1 + average gain / average loss), with both averages seeded by the mean of the first
 * {@code barCount} changes (ta4j's {@code RSIIndicator} seeds them with a zero change at bar 0 instead).
 */
final class WilderRsi extends CachedIndicator<Num> {

    private static final int FIRST_CHANGE = 1;

    private final SeededAverage averageGain;
    private final SeededAverage averageLoss;

    WilderRsi(Indicator<Num> price, int barCount) {
        super(price);
        // Bar 0 has no change; ta4j's gain and loss report 0 there, which would enter the seed as a real change.
        this.averageGain = SeededAverage.wilder(new DefinedFrom(new GainIndicator(price), FIRST_CHANGE), barCount,
                FIRST_CHANGE);
        this.averageLoss = SeededAverage.wilder(new DefinedFrom(new LossIndicator(price), FIRST_CHANGE), barCount,
                FIRST_CHANGE);
    }

    @Override
    protected Num calculate(int index) {
        Num gain = averageGain.getValue(index);
        Num loss = averageLoss.getValue(index);
        if (gain.isNaN() || loss.isNaN()) {
            return NaN.NaN;
        }
        NumFactory num = getBarSeries().numFactory();
        if (loss.isZero()) {
            // No losses: 100 if it rose at all; a window without any change is neutral, not "oversold" (ta4j says 0).
            return gain.isZero() ? num.numOf(50) : num.hundred();
        }
        return num.hundred().minus(num.hundred().dividedBy(num.one().plus(gain.dividedBy(loss))));
    }

    @Override
    public int getCountOfUnstableBars() {
        return averageGain.getCountOfUnstableBars();
    }
}
