package io.tradebot.strategy.fill;

import java.math.BigDecimal;

/** What the broker charges for one execution. */
public interface CommissionModel {

    /** The commission, in dollars, for {@code quantity} shares filled at {@code price}. */
    BigDecimal commission(BigDecimal quantity, BigDecimal price);
}
