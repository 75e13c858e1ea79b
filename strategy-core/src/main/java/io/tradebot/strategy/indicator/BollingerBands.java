package io.tradebot.strategy.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/** Bollinger Bands: middle = SMA(n), upper and lower = middle plus and minus k population standard deviations. */
public record BollingerBands(Indicator<Num> upper, Indicator<Num> middle, Indicator<Num> lower) {
}
