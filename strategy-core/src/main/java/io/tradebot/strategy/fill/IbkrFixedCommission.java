package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * IBKR Pro "fixed" pricing for US stocks: $0.005 per share, at least $1.00 per order, at most 1% of
 * the trade's value. Exchange and regulatory fees are included in the fixed rate and not added.
 */
public final class IbkrFixedCommission implements CommissionModel {

    private static final BigDecimal PER_SHARE = new BigDecimal("0.005");
    private static final BigDecimal MINIMUM = new BigDecimal("1.00");
    private static final BigDecimal MAX_SHARE_OF_VALUE = new BigDecimal("0.01");

    @Override
    public BigDecimal commission(BigDecimal quantity, BigDecimal price) {
        if (quantity.signum() <= 0 || price.signum() <= 0) {
            throw new IllegalArgumentException("quantity and price must be positive");
        }
        BigDecimal perShare = quantity.multiply(PER_SHARE);
        BigDecimal cap = quantity.multiply(price).multiply(MAX_SHARE_OF_VALUE);
        BigDecimal fee = perShare.max(MINIMUM).min(cap);
        return fee.setScale(6, RoundingMode.HALF_EVEN);
    }
}
