package io.tradebot.strategy.signal;

import io.tradebot.strategy.indicator.Indicators;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/** The fast SMA against the slow one: their crosses, and as a vote the side the fast one is on. */
final class MaTrend implements Voter {

    private final Indicator<Num> fast;
    private final Indicator<Num> slow;

    MaTrend(BarHistory history, int fastPeriod, int slowPeriod) {
        ClosePriceIndicator close = new ClosePriceIndicator(history.series());
        this.fast = Indicators.sma(close, fastPeriod);
        this.slow = Indicators.sma(close, slowPeriod);
    }

    /** BUY while the fast SMA is above the slow one, SELL while below. */
    @Override
    public Vote vote(int index) {
        double difference = fast(index) - slow(index);
        return difference > 0 ? Vote.BUY : difference < 0 ? Vote.SELL : Vote.NONE;
    }

    /** True at the bar where the fast SMA closes above the slow one after closing at or below it. */
    boolean crossedAbove(int index) {
        return fast(index - 1) <= slow(index - 1) && fast(index) > slow(index);
    }

    /** True at the bar where the fast SMA closes below the slow one after closing at or above it. */
    boolean crossedBelow(int index) {
        return fast(index - 1) >= slow(index - 1) && fast(index) < slow(index);
    }

    double fast(int index) {
        return BarHistory.value(fast, index);
    }

    double slow(int index) {
        return BarHistory.value(slow, index);
    }
}
