package io.tradebot.strategy.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;
import org.ta4j.core.num.Num;

/**
 * Why some indicators are not ta4j 0.18's own classes: these pin the differences, so that a ta4j upgrade that
 * changes them shows up here.
 */
class Ta4jConventionsTest {

    @Test
    void ta4jsEmaSeedsWithTheFirstPriceAndMissesChartSchoolsFirstValue() {
        PublishedExamplesTest.Example example = PublishedExamplesTest.Example.closeOnly("reference/sc-ema-10.csv");
        double published = 22.22475;
        assertThat(new EMAIndicator(example.close(), 10).getValue(9).doubleValue() - published).isNotCloseTo(0,
                Offset.offset(0.01));
        assertThat(Indicators.ema(example.close(), 10).getValue(9).doubleValue()).isCloseTo(published,
                Offset.offset(0.000005));
    }

    @Test
    void ta4jsRsiSeedsWithAZeroChangeAndMissesChartSchoolsFirstValue() {
        PublishedExamplesTest.Example example = PublishedExamplesTest.Example.closeOnly("reference/rsi-test.csv");
        double published = 70.53278948;
        assertThat(new RSIIndicator(example.close(), 14).getValue(14).doubleValue() - published).isNotCloseTo(0,
                Offset.offset(1.0));
    }

    @Test
    void ta4jsVwapIsARollingWindowThatReachesBackIntoThePreviousSession() {
        RealBars spy = RealBars.spyRegularSessionMinutes();
        VWAPIndicator rolling = new VWAPIndicator(spy.series(), 14);
        SessionVwap session = new SessionVwap(spy.series(), Sessions.byCalendarDay(RealBars.NEW_YORK));
        int secondSessionOpen = firstSessionStartAfter(spy, 0);
        Num typicalPrice = spy.series().numFactory()
                .numOf((spy.high()[secondSessionOpen] + spy.low()[secondSessionOpen] + spy.close()[secondSessionOpen]) / 3);

        assertThat(session.getValue(secondSessionOpen).doubleValue()).isEqualTo(typicalPrice.doubleValue());
        assertThat(rolling.getValue(secondSessionOpen).doubleValue()).isNotEqualTo(typicalPrice.doubleValue());
        assertThat(rolling.getValue(secondSessionOpen - 1).doubleValue())
                .isNotEqualTo(session.getValue(secondSessionOpen - 1).doubleValue());
    }

    @Test
    void ta4jsSmaOfTheLastBarChangesWhenReadAgainButOursDoesNot() {
        RealBars aapl = RealBars.daily("marketdata/AAPL_data.csv");
        int last = aapl.series().getEndIndex();
        SMAIndicator ta4j = new SMAIndicator(new ClosePriceIndicator(aapl.series()), 20);
        Indicator<Num> ours = Indicators.sma(new ClosePriceIndicator(aapl.series()), 20);
        for (int i = 0; i < last; i++) {
            ta4j.getValue(i);
            ours.getValue(i);
        }

        // The last bar is never cached: ta4j's first read extends the running total, the second sums afresh.
        double ta4jFirstRead = ta4j.getValue(last).doubleValue();
        assertThat(ta4j.getValue(last).doubleValue()).isNotEqualTo(ta4jFirstRead);
        double oursFirstRead = ours.getValue(last).doubleValue();
        assertThat(ours.getValue(last).doubleValue()).isEqualTo(oursFirstRead);
    }

    private static int firstSessionStartAfter(RealBars bars, int index) {
        for (int i = index + 1; i < bars.size(); i++) {
            if (bars.sessionStarts()[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no second session in " + bars);
    }
}
