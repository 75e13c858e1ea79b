package io.tradebot.strategy.indicator;

import io.tradebot.strategy.incremental.IncrementalBollinger;
import io.tradebot.strategy.incremental.IncrementalEma;
import io.tradebot.strategy.incremental.IncrementalMacd;
import io.tradebot.strategy.incremental.IncrementalRsi;
import io.tradebot.strategy.incremental.IncrementalSessionVwap;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/**
 * The incremental indicators of the backtest hot path against the ta4j-based ones, bar by bar on real AAPL daily and
 * SPY minute bars: undefined on the same warm-up bars, then equal to 1e-9 of the value.
 */
class IncrementalMatchesTa4jTest {

    static Stream<RealBars> realBars() {
        return Stream.of(RealBars.daily("marketdata/AAPL_data.csv"), RealBars.spyRegularSessionMinutes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void emaMatchesTheSeededTa4jEma(RealBars bars) {
        for (int period : new int[] {9, 12, 26}) {
            IncrementalEma ema = IncrementalEma.ema(period);
            double[] values = new double[bars.size()];
            for (int i = 0; i < bars.size(); i++) {
                values[i] = ema.update(bars.close()[i]);
            }
            BarByBar.assertMatches("EMA-" + period, Indicators.ema(new ClosePriceIndicator(bars.series()), period),
                    values);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void macdMatchesLineSignalAndHistogram(RealBars bars) {
        IncrementalMacd macd = new IncrementalMacd(12, 26, 9);
        double[][] values = new double[3][bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            macd.update(bars.close()[i]);
            values[0][i] = macd.line();
            values[1][i] = macd.signal();
            values[2][i] = macd.histogram();
        }
        Macd expected = Indicators.macd(new ClosePriceIndicator(bars.series()), 12, 26, 9);
        BarByBar.assertMatches("MACD line", expected.line(), values[0]);
        BarByBar.assertMatches("MACD signal", expected.signal(), values[1]);
        BarByBar.assertMatches("MACD histogram", expected.histogram(), values[2]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void sessionVwapMatchesAnchoredAtEachSession(RealBars bars) {
        IncrementalSessionVwap vwap = new IncrementalSessionVwap();
        double[] values = new double[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            values[i] = vwap.update(bars.sessionStarts()[i], bars.high()[i], bars.low()[i], bars.close()[i],
                    bars.volume()[i]);
        }
        Sessions sessions = bars.name().startsWith("SPY") ? Sessions.byCalendarDay(ZoneId.of("America/New_York"))
                : Sessions.wholeSeries();
        BarByBar.assertMatches("session VWAP", Indicators.sessionVwap(bars.series(), sessions), values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void rsiMatchesWildersRsi(RealBars bars) {
        IncrementalRsi rsi = new IncrementalRsi(14);
        double[] values = new double[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            values[i] = rsi.update(bars.close()[i]);
        }
        BarByBar.assertMatches("RSI-14", Indicators.rsi(new ClosePriceIndicator(bars.series()), 14), values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realBars")
    void bollingerMatchesAllThreeBands(RealBars bars) {
        IncrementalBollinger bollinger = new IncrementalBollinger(20, 2);
        double[][] values = new double[3][bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            bollinger.update(bars.close()[i]);
            values[0][i] = bollinger.upper();
            values[1][i] = bollinger.middle();
            values[2][i] = bollinger.lower();
        }
        BollingerBands expected = Indicators.bollinger(new ClosePriceIndicator(bars.series()), 20, 2);
        BarByBar.assertMatches("Bollinger upper", expected.upper(), values[0]);
        BarByBar.assertMatches("Bollinger middle", expected.middle(), values[1]);
        BarByBar.assertMatches("Bollinger lower", expected.lower(), values[2]);
    }
}
