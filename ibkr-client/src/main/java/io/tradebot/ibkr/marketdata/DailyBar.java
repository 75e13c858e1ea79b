package io.tradebot.ibkr.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One recorded trading day of one symbol; prices are exact decimals, volume in shares. */
public record DailyBar(String symbol, LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low,
        BigDecimal close, long volume) {

    public DailyBar {
        if (symbol == null || symbol.isBlank() || date == null) {
            throw new IllegalArgumentException("a bar needs a symbol and a date");
        }
        if (open == null || high == null || low == null || close == null) {
            throw new IllegalArgumentException("a bar needs open, high, low and close");
        }
        if (low.signum() <= 0 || volume < 0) {
            throw new IllegalArgumentException("prices must be positive and volume not negative");
        }
        if (high.compareTo(open.max(close)) < 0 || low.compareTo(open.min(close)) > 0) {
            throw new IllegalArgumentException("high and low must enclose open and close");
        }
    }

    /** When this bar's regular session opens. */
    public Instant opensAt() {
        return TradingHours.open(date);
    }

    /** When this bar's regular session closes, i.e. when its close becomes known. */
    public Instant closesAt() {
        return TradingHours.close(date);
    }
}
