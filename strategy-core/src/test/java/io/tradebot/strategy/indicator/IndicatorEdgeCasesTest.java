package io.tradebot.strategy.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/** The conventions that real data rarely reaches: flat prices, no volume, a series shorter than the warm-up. */
class IndicatorEdgeCasesTest {

    @Test
    void rsiIsNeutralWhenNothingMovedAndHundredWhenNothingFell() {
        BarSeries flat = closes(IntStream.range(0, 20).mapToDouble(i -> 50.0).toArray());
        BarSeries rising = closes(IntStream.range(0, 20).mapToDouble(i -> 50.0 + i).toArray());

        assertThat(Indicators.rsi(new ClosePriceIndicator(flat), 14).getValue(19).doubleValue()).isEqualTo(50.0);
        assertThat(Indicators.rsi(new ClosePriceIndicator(rising), 14).getValue(19).doubleValue()).isEqualTo(100.0);
    }

    @Test
    void vwapIsUndefinedUntilTheSessionTradesAndRestartsAtTheNextSession() {
        BarSeries series = PublishedExamplesTest.series(List.of(bar(10, 0), bar(11, 0), bar(12, 100), bar(13, 300),
                bar(20, 50)));
        Sessions fourthBarOpensASession = (s, index) -> index == 0 || index == 4;
        SessionVwap vwap = new SessionVwap(series, fourthBarOpensASession);

        assertThat(BarByBar.undefined(vwap.getValue(0))).isTrue();
        assertThat(BarByBar.undefined(vwap.getValue(1))).isTrue();
        assertThat(vwap.getValue(2).doubleValue()).isEqualTo(12.0);
        assertThat(vwap.getValue(3).doubleValue()).isEqualTo((12.0 * 100 + 13.0 * 300) / 400);
        assertThat(vwap.getValue(4).doubleValue()).isEqualTo(20.0);
    }

    @Test
    void aSeriesShorterThanTheWarmUpHasNoValueAtAll() {
        BarSeries series = closes(IntStream.range(0, 25).mapToDouble(i -> 100.0 + (i % 3)).toArray());
        Macd macd = Indicators.macd(new ClosePriceIndicator(series), 12, 26, 9);

        for (int i = 0; i < 25; i++) {
            assertThat(BarByBar.undefined(macd.line().getValue(i))).isTrue();
            assertThat(BarByBar.undefined(macd.signal().getValue(i))).isTrue();
            assertThat(BarByBar.undefined(macd.histogram().getValue(i))).isTrue();
        }
    }

    private static BarSeries closes(double[] closes) {
        List<double[]> bars = new ArrayList<>();
        for (double close : closes) {
            bars.add(new double[] {close, close, close, close, 1000});
        }
        return PublishedExamplesTest.series(bars);
    }

    /** A bar whose high, low and close are all {@code price}, so its typical price is {@code price}. */
    private static double[] bar(double price, double volume) {
        return new double[] {price, price, price, price, volume};
    }
}
