package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Commission of one execution of an order that may fill in parts. IBKR charges its $1.00 minimum
 * (and applies its 1% cap) per order, not per execution: each execution is charged what the order's
 * commission on everything filled so far comes to, minus what earlier executions were already
 * charged. So an order's executions together cost exactly what one execution of the same size
 * and value would cost.
 */
public final class OrderCommission {

    private final CommissionModel model;

    public OrderCommission(CommissionModel model) {
        this.model = model;
    }

    /**
     * The commission of an execution of {@code quantity} at {@code price}, after earlier executions of
     * {@code filledBefore} shares worth {@code valueBefore} were charged {@code chargedBefore} in total.
     */
    public BigDecimal forExecution(BigDecimal filledBefore, BigDecimal valueBefore, BigDecimal chargedBefore,
            BigDecimal quantity, BigDecimal price) {
        BigDecimal totalQuantity = filledBefore.add(quantity);
        BigDecimal totalValue = valueBefore.add(quantity.multiply(price));
        BigDecimal averagePrice = totalValue.divide(totalQuantity, MathContext.DECIMAL64);
        BigDecimal total = model.commission(totalQuantity, averagePrice);
        return total.subtract(chargedBefore).max(BigDecimal.ZERO).setScale(6, RoundingMode.HALF_EVEN);
    }
}
