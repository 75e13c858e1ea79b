package io.tradebot.strategy.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/** One named output column: an indicator's values, {@code NaN} where undefined. */
public record IndicatorColumn(String name, Indicator<Num> values) {
}
