package io.tradebot.strategy.backtest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;

/** A round trip being built from its fills until the position is flat again. */
final class OpenTrade {

    private static final int SCALE = 6;

    private final String symbol;
    private final int sign;
    private final Instant entryTime;
    private final String entryId;
    private final String entryReason;
    private BigDecimal entryQuantity = BigDecimal.ZERO;
    private BigDecimal entryValue = BigDecimal.ZERO;
    private BigDecimal exitQuantity = BigDecimal.ZERO;
    private BigDecimal exitValue = BigDecimal.ZERO;
    private BigDecimal commission = BigDecimal.ZERO;

    OpenTrade(String symbol, int sign, Instant entryTime, String entryId, String entryReason) {
        this.symbol = symbol;
        this.sign = sign;
        this.entryTime = entryTime;
        this.entryId = entryId;
        this.entryReason = entryReason;
    }

    /** Adds a fill of {@code signedQuantity} (positive buys) at {@code price}. */
    void add(BigDecimal signedQuantity, BigDecimal price, BigDecimal fee) {
        BigDecimal quantity = signedQuantity.abs();
        if (signedQuantity.signum() == sign) {
            entryQuantity = entryQuantity.add(quantity);
            entryValue = entryValue.add(quantity.multiply(price));
        } else {
            exitQuantity = exitQuantity.add(quantity);
            exitValue = exitValue.add(quantity.multiply(price));
        }
        commission = commission.add(fee);
    }

    Instant entryTime() {
        return entryTime;
    }

    /** The average entry fill price so far. */
    BigDecimal averageEntryPrice() {
        return average(entryValue, entryQuantity);
    }

    Trade close(Instant exitTime, String exitReason) {
        BigDecimal gross = exitValue.subtract(entryValue).multiply(BigDecimal.valueOf(sign));
        BigDecimal pnl = gross.subtract(commission).setScale(SCALE, RoundingMode.HALF_EVEN);
        return new Trade(symbol, sign > 0 ? "LONG" : "SHORT", entryTime, averageEntryPrice(), exitTime,
                average(exitValue, exitQuantity), entryQuantity, pnl, commission.setScale(SCALE, RoundingMode.HALF_EVEN),
                entryId, entryReason, exitReason);
    }

    private static BigDecimal average(BigDecimal value, BigDecimal quantity) {
        return value.divide(quantity, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
