package io.tradebot.strategy.indicator;

import java.util.List;
import java.util.stream.IntStream;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/**
 * The columns {@code ./tradebot indicators} writes, in their contract order: on the close, except ATR (high, low,
 * close), VWAP (typical price and volume) and OBV (close and volume).
 */
public final class StandardColumns {

    /** The column names, exactly as the command's contract names them. */
    public static final List<String> NAMES = List.of("sma_20", "ema_20", "rsi_14", "macd_12_26_9",
            "macd_signal_12_26_9", "macd_hist_12_26_9", "bb_upper_20_2", "bb_middle_20_2", "bb_lower_20_2",
            "stddev_14", "atr_14", "vwap", "obv");

    private StandardColumns() {
    }

    /** The columns over {@code series}, with VWAP anchored by {@code sessions}. */
    public static List<IndicatorColumn> of(BarSeries series, Sessions sessions) {
        Indicator<Num> close = new ClosePriceIndicator(series);
        Macd macd = Indicators.macd(close, 12, 26, 9);
        BollingerBands bands = Indicators.bollinger(close, 20, 2);
        List<Indicator<Num>> values = List.of(Indicators.sma(close, 20), Indicators.ema(close, 20),
                Indicators.rsi(close, 14), macd.line(), macd.signal(), macd.histogram(), bands.upper(), bands.middle(),
                bands.lower(), Indicators.standardDeviation(close, 14), Indicators.atr(series, 14),
                Indicators.sessionVwap(series, sessions), Indicators.obv(series));
        return IntStream.range(0, NAMES.size())
                .mapToObj(i -> new IndicatorColumn(NAMES.get(i), values.get(i)))
                .toList();
    }
}
