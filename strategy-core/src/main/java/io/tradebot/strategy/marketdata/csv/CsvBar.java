package io.tradebot.strategy.marketdata.csv;

import java.time.LocalDateTime;

/**
 * One row of a bar file: its line number, its time as written (a daily row's is midnight) and its values, all
 * finite, prices positive, high not below low, volume not negative.
 */
public record CsvBar(int line, LocalDateTime time, double open, double high, double low, double close,
        double volume) {
}
