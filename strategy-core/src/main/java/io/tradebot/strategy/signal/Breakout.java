package io.tradebot.strategy.signal;

import io.tradebot.strategy.indicator.Indicators;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.num.Num;

/**
 * Price and volume breakout against the bars before this one: BUY when the close clears their highest high on more than
 * {@code volumeFactor} times their average volume, SELL when it falls below the lowest low of the exit window.
 */
final class Breakout implements Voter {

    private final BarHistory history;
    private final Indicator<Num> highest;
    private final Indicator<Num> averageVolume;
    private final Indicator<Num> lowest;
    private final int lookback;
    private final int exitLookback;
    private final double volumeFactor;

    Breakout(BarHistory history, int lookback, double volumeFactor, int exitLookback) {
        this.history = history;
        this.highest = new HighestValueIndicator(new HighPriceIndicator(history.series()), lookback);
        this.averageVolume = Indicators.sma(new VolumeIndicator(history.series()), lookback);
        this.lowest = new LowestValueIndicator(new LowPriceIndicator(history.series()), exitLookback);
        this.lookback = lookback;
        this.exitLookback = exitLookback;
        this.volumeFactor = volumeFactor;
    }

    @Override
    public Vote vote(int index) {
        return breaksOut(index) ? Vote.BUY : breaksDown(index) ? Vote.SELL : Vote.NONE;
    }

    /** The close above the previous {@code lookback} bars' highest high, with volume confirming. */
    boolean breaksOut(int index) {
        return index >= lookback && close(index) > previousHigh(index)
                && volume(index) > volumeFactor * previousAverageVolume(index);
    }

    /** The close below the previous {@code exitLookback} bars' lowest low. */
    boolean breaksDown(int index) {
        return index >= exitLookback && close(index) < BarHistory.value(lowest, index - 1);
    }

    double previousHigh(int index) {
        return BarHistory.value(highest, index - 1);
    }

    double previousAverageVolume(int index) {
        return BarHistory.value(averageVolume, index - 1);
    }

    double volume(int index) {
        return history.series().getBar(index).getVolume().doubleValue();
    }

    private double close(int index) {
        return history.series().getBar(index).getClosePrice().doubleValue();
    }
}
