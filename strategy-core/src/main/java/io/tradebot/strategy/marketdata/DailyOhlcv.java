package io.tradebot.strategy.marketdata;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One real trading day of one symbol: the input of {@link MinuteBarModel}. */
public record DailyOhlcv(String symbol, LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low,
        BigDecimal close, long volume) {

    public DailyOhlcv {
        if (symbol == null || symbol.isBlank() || date == null) {
            throw new IllegalArgumentException("a day needs a symbol and a date");
        }
        if (open == null || high == null || low == null || close == null || low.signum() <= 0 || volume < 0) {
            throw new IllegalArgumentException("a day needs positive open, high, low, close and a volume");
        }
        if (high.compareTo(open.max(close)) < 0 || low.compareTo(open.min(close)) > 0) {
            throw new IllegalArgumentException("high and low must enclose open and close");
        }
    }
}
