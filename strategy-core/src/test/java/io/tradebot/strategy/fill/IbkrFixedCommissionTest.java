package io.tradebot.strategy.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IbkrFixedCommissionTest {

    private final IbkrFixedCommission model = new IbkrFixedCommission();

    @Test
    void chargesHalfACentPerShareAboveTheMinimum() {
        // 1,000 shares x $0.005 = $5.00, well under 1% of $50,000
        assertThat(model.commission(new BigDecimal("1000"), new BigDecimal("50"))).isEqualByComparingTo("5.00");
    }

    @Test
    void chargesTheOneDollarMinimumOnSmallOrders() {
        // 100 shares x $0.005 = $0.50, raised to the $1.00 minimum
        assertThat(model.commission(new BigDecimal("100"), new BigDecimal("25"))).isEqualByComparingTo("1.00");
    }

    @Test
    void capsAtOnePercentOfTradeValueForCheapShares() {
        // 10 shares at $5 = $50 traded; minimum $1.00 would exceed 1% ($0.50), so the cap wins
        assertThat(model.commission(new BigDecimal("10"), new BigDecimal("5"))).isEqualByComparingTo("0.50");
    }

    @Test
    void rejectsNonPositiveQuantities() {
        assertThatThrownBy(() -> model.commission(BigDecimal.ZERO, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
    }
}
