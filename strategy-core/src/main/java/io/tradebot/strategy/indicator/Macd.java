package io.tradebot.strategy.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/** MACD's three lines: line = EMA(short) - EMA(long), signal = EMA(signal period) of the line, histogram = line - signal. */
public record Macd(Indicator<Num> line, Indicator<Num> signal, Indicator<Num> histogram) {
}
