package io.tradebot.strategy.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * One symbol's holding: signed quantity (negative when short), average cost per share and the profit
 * realized so far. Commissions are part of the cost: an opening trade's commission raises a long's
 * average cost (lowers a short's), a closing trade's commission is subtracted from the realized
 * profit. So cash + market value always equals starting cash + realized + unrealized profit.
 */
public record Holding(BigDecimal quantity, BigDecimal avgCost, BigDecimal realizedPnl) {

    private static final int PRICE_SCALE = 6;

    public static final Holding FLAT = new Holding(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Holding {
        if (quantity == null || avgCost == null || realizedPnl == null) {
            throw new IllegalArgumentException("quantity, average cost and realized profit are required");
        }
    }

    /**
     * The holding after a trade of {@code signedQuantity} shares (positive buys, negative sells) at
     * {@code price}, paying {@code commission}.
     */
    public Holding trade(BigDecimal signedQuantity, BigDecimal price, BigDecimal commission) {
        if (signedQuantity.signum() == 0 || price.signum() <= 0 || commission.signum() < 0) {
            throw new IllegalArgumentException("a trade needs a non-zero quantity, a positive price and a commission >= 0");
        }
        if (quantity.signum() == 0 || quantity.signum() == signedQuantity.signum()) {
            return add(signedQuantity, price, commission);
        }
        return reduce(signedQuantity, price, commission);
    }

    /** Profit not yet realized if the holding were valued at {@code lastPrice}. */
    public BigDecimal unrealizedPnl(BigDecimal lastPrice) {
        return lastPrice.subtract(avgCost).multiply(quantity).setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
    }

    private Holding add(BigDecimal signedQuantity, BigDecimal price, BigDecimal commission) {
        BigDecimal after = quantity.add(signedQuantity);
        // cost of the shares held, signed like the quantity; a commission always makes a long dearer and a short cheaper
        BigDecimal cost = avgCost.multiply(quantity).add(price.multiply(signedQuantity)).add(commission);
        BigDecimal avg = cost.divide(after, MathContext.DECIMAL64).setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
        return new Holding(after, avg, realizedPnl);
    }

    private Holding reduce(BigDecimal signedQuantity, BigDecimal price, BigDecimal commission) {
        BigDecimal traded = signedQuantity.abs();
        BigDecimal closed = quantity.abs().min(traded);
        BigDecimal closingCommission = commission.multiply(closed).divide(traded, MathContext.DECIMAL64);
        BigDecimal realized = price.subtract(avgCost).multiply(closed).multiply(BigDecimal.valueOf(quantity.signum()))
                .subtract(closingCommission);
        BigDecimal totalRealized = realizedPnl.add(realized).setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal after = quantity.add(signedQuantity);
        if (after.signum() == 0) {
            return new Holding(after, BigDecimal.ZERO, totalRealized);
        }
        if (after.signum() == quantity.signum()) {
            return new Holding(after, avgCost, totalRealized);
        }
        // the trade went through zero: the rest opens a new holding the other way at this trade's price
        BigDecimal openingCommission = commission.subtract(closingCommission);
        return new Holding(BigDecimal.ZERO, BigDecimal.ZERO, totalRealized)
                .add(after, price, openingCommission.max(BigDecimal.ZERO));
    }
}
