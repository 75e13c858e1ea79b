package io.tradebot.strategy.indicator;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/**
 * Every indicator, bar by bar with its warm-up, on real daily and minute bars, against {@link Textbook}'s loops:
 * to 1e-9 of the value, or of the price for the indicators that are differences of prices.
 */
class IndicatorsMatchTextbookTest {

    static Stream<RealBars> realBars() {
        return Stream.of(RealBars.daily("marketdata/AAPL_data.csv"), RealBars.daily("marketdata/AMD_data.csv"),
                RealBars.spyRegularSessionMinutes());
    }

    private static Indicator<Num> close(RealBars bars) {
        return new ClosePriceIndicator(bars.series());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void simpleMovingAveragesMatchTheMeanOfTheWindow(RealBars bars) {
        BarByBar.assertMatches("SMA-20", Indicators.sma(close(bars), 20), Textbook.sma(bars.close(), 20));
        BarByBar.assertMatches("SMA-50", Indicators.sma(close(bars), 50), Textbook.sma(bars.close(), 50));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void exponentialMovingAveragesAreSeededWithTheSimpleAverage(RealBars bars) {
        BarByBar.assertMatches("EMA-20", Indicators.ema(close(bars), 20), Textbook.ema(bars.close(), 20));
        BarByBar.assertMatches("EMA-50", Indicators.ema(close(bars), 50), Textbook.ema(bars.close(), 50));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void macdLineSignalAndHistogramMatch(RealBars bars) {
        Macd macd = Indicators.macd(close(bars), 12, 26, 9);
        double[][] expected = Textbook.macd(bars.close(), 12, 26, 9);
        BarByBar.assertMatches("MACD line", macd.line(), expected[0], bars.close());
        BarByBar.assertMatches("MACD signal", macd.signal(), expected[1], bars.close());
        BarByBar.assertMatches("MACD histogram", macd.histogram(), expected[2], bars.close());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void rsiFollowsWildersSmoothing(RealBars bars) {
        BarByBar.assertMatches("RSI-14", Indicators.rsi(close(bars), 14), Textbook.rsi(bars.close(), 14));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void standardDeviationIsThePopulationSigma(RealBars bars) {
        BarByBar.assertMatches("sigma-14", Indicators.standardDeviation(close(bars), 14),
                Textbook.populationSigma(bars.close(), 14), bars.close());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void bollingerBandsAreTwoPopulationSigmasAroundTheSma(RealBars bars) {
        BollingerBands bands = Indicators.bollinger(close(bars), 20, 2);
        double[][] expected = Textbook.bollinger(bars.close(), 20, 2);
        BarByBar.assertMatches("BB upper", bands.upper(), expected[0]);
        BarByBar.assertMatches("BB middle", bands.middle(), expected[1]);
        BarByBar.assertMatches("BB lower", bands.lower(), expected[2]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void atrIsWildersAverageOfTrueRange(RealBars bars) {
        BarByBar.assertMatches("ATR-14", Indicators.atr(bars.series(), 14),
                Textbook.atr(bars.high(), bars.low(), bars.close(), 14), bars.close());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void onBalanceVolumeAddsUpCloseVolumeAndSubtractsDownCloseVolume(RealBars bars) {
        BarByBar.assertMatches("OBV", Indicators.obv(bars.series()), Textbook.obv(bars.close(), bars.volume()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void vwapCumulatesTypicalPriceTimesVolumeFromEachSessionsFirstBar(RealBars bars) {
        Sessions sessions = bars.name().startsWith("SPY") ? Sessions.byCalendarDay(RealBars.NEW_YORK)
                : Sessions.wholeSeries();
        BarByBar.assertMatches("session VWAP", Indicators.sessionVwap(bars.series(), sessions),
                Textbook.sessionVwap(bars.high(), bars.low(), bars.close(), bars.volume(), bars.sessionStarts()));
    }
}
