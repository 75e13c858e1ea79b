package io.tradebot.strategy.indicator;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.CombineIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.num.Num;

/**
 * The indicators strategies use, with one convention each. {@code price} is an input defined from bar 0 (e.g.
 * ta4j's {@code ClosePriceIndicator}); bar indexes count from the series' first bar. Every indicator is
 * {@code NaN} before its first defined bar (its warm-up) and reports that index as
 * {@code getCountOfUnstableBars()}.
 *
 * <table>
 * <caption>Conventions and warm-up</caption>
 * <tr><th>indicator</th><th>convention</th><th>first defined bar</th></tr>
 * <tr><td>SMA(n)</td><td>mean of the last n prices</td><td>n - 1</td></tr>
 * <tr><td>EMA(n)</td><td>weight 2/(n+1), seeded with SMA(n) at bar n - 1</td><td>n - 1</td></tr>
 * <tr><td>MACD(s,l,g)</td><td>line EMA(s) - EMA(l); signal EMA(g) of the line, seeded with the mean of its first
 *     g values; histogram line - signal</td><td>line l - 1; signal, histogram l + g - 2</td></tr>
 * <tr><td>RSI(n)</td><td>Wilder: averages of gains and losses seeded with the mean of the first n changes, then
 *     weight 1/n; 100 when there are no losses, 50 when there is no change at all</td><td>n</td></tr>
 * <tr><td>standard deviation(n)</td><td>population (divides by n) over the last n prices</td><td>n - 1</td></tr>
 * <tr><td>Bollinger(n, k)</td><td>SMA(n) plus and minus k population standard deviations(n)</td><td>n - 1</td></tr>
 * <tr><td>ATR(n)</td><td>Wilder average of true range, seeded with the mean of the first n; bar 0's true range
 *     is high - low</td><td>n - 1</td></tr>
 * <tr><td>OBV</td><td>0 at bar 0, then plus the volume on an up close, minus it on a down close</td><td>0</td></tr>
 * <tr><td>session VWAP</td><td>see {@link SessionVwap}</td><td>0 (the first bar with volume)</td></tr>
 * </table>
 */
public final class Indicators {

    private Indicators() {
    }

    /** Simple moving average of the last {@code n} values; first defined at bar n - 1. */
    public static Indicator<Num> sma(Indicator<Num> price, int n) {
        return WindowStatistic.mean(price, n);
    }

    /** Exponential moving average, weight 2/(n+1), seeded with SMA(n); first defined at bar n - 1. */
    public static Indicator<Num> ema(Indicator<Num> price, int n) {
        return SeededAverage.ema(price, n, 0);
    }

    /** MACD(shortN, longN, signalN): line from bar longN - 1, signal and histogram from bar longN + signalN - 2. */
    public static Macd macd(Indicator<Num> price, int shortN, int longN, int signalN) {
        if (shortN >= longN) {
            throw new IllegalArgumentException("the short period must be shorter than the long one");
        }
        int lineFirst = longN - 1;
        Indicator<Num> line = new DefinedFrom(CombineIndicator.minus(ema(price, shortN), ema(price, longN)), lineFirst);
        SeededAverage signal = SeededAverage.ema(line, signalN, lineFirst);
        Indicator<Num> histogram = new DefinedFrom(CombineIndicator.minus(line, signal),
                signal.getCountOfUnstableBars());
        return new Macd(line, signal, histogram);
    }

    /** Wilder's RSI(n); first defined at bar n (the n-th change). */
    public static Indicator<Num> rsi(Indicator<Num> price, int n) {
        return new WilderRsi(price, n);
    }

    /** Population standard deviation of the last {@code n} values; first defined at bar n - 1. */
    public static Indicator<Num> standardDeviation(Indicator<Num> price, int n) {
        // Same convention as ta4j's StandardDeviationIndicator (its variance divides by the count), the one Bollinger used.
        return WindowStatistic.populationSigma(price, n);
    }

    /** Bollinger Bands(n, k) with population standard deviation; first defined at bar n - 1. */
    public static BollingerBands bollinger(Indicator<Num> price, int n, double k) {
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(sma(price, n));
        Indicator<Num> deviation = standardDeviation(price, n);
        Num width = price.getBarSeries().numFactory().numOf(k);
        return new BollingerBands(new DefinedFrom(new BollingerBandsUpperIndicator(middle, deviation, width), n - 1),
                new DefinedFrom(middle, n - 1),
                new DefinedFrom(new BollingerBandsLowerIndicator(middle, deviation, width), n - 1));
    }

    /** Wilder's average true range(n); first defined at bar n - 1 (bar 0's true range is its high - low). */
    public static Indicator<Num> atr(BarSeries series, int n) {
        return SeededAverage.wilder(new TRIndicator(series), n, 0);
    }

    /** On-balance volume: 0 at bar 0; defined from bar 0. */
    public static Indicator<Num> obv(BarSeries series) {
        return new OnBalanceVolumeIndicator(series);
    }

    /** VWAP of typical price anchored at each session's first bar; see {@link SessionVwap}. */
    public static Indicator<Num> sessionVwap(BarSeries series, Sessions sessions) {
        return new SessionVwap(series, sessions);
    }
}
