package io.tradebot.strategy.indicator;

import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.RecursiveCachedIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

/**
 * VWAP anchored at each session's first bar: the sum of typical price (high + low + close) / 3 times volume over
 * the session's bars so far, divided by their volume. ta4j's {@code VWAPIndicator} is a rolling window of the last
 * n bars instead, which is not what a trader reads as "VWAP". Undefined while the session has traded no volume.
 */
public final class SessionVwap extends RecursiveCachedIndicator<Num> {

    private final Sessions sessions;
    private final Cumulative cumulative;

    public SessionVwap(BarSeries series, Sessions sessions) {
        super(series);
        this.sessions = sessions;
        this.cumulative = new Cumulative(series);
    }

    @Override
    protected Num calculate(int index) {
        Num[] sums = cumulative.getValue(index);
        return sums[1].isZero() ? NaN.NaN : sums[0].dividedBy(sums[1]);
    }

    @Override
    public int getCountOfUnstableBars() {
        return 0;
    }

    /** The session's running sums {price x volume, volume} up to and including a bar. */
    private final class Cumulative extends RecursiveCachedIndicator<Num[]> {

        Cumulative(BarSeries series) {
            super(series);
        }

        @Override
        protected Num[] calculate(int index) {
            BarSeries series = getBarSeries();
            Bar bar = series.getBar(index);
            NumFactory num = series.numFactory();
            Num typical = bar.getHighPrice().plus(bar.getLowPrice()).plus(bar.getClosePrice()).dividedBy(num.three());
            Num priceVolume = typical.multipliedBy(bar.getVolume());
            if (sessions.startsSession(series, index)) {
                return new Num[] {priceVolume, bar.getVolume()};
            }
            Num[] previous = getValue(index - 1);
            return new Num[] {previous[0].plus(priceVolume), previous[1].plus(bar.getVolume())};
        }

        @Override
        public int getCountOfUnstableBars() {
            return 0;
        }
    }
}
