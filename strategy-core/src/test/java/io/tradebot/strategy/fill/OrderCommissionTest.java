package io.tradebot.strategy.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderCommissionTest {

    private final OrderCommission commission = new OrderCommission(new IbkrFixedCommission());

    @Test
    void chargesTheMinimumOnlyOncePerOrderAcrossPartialExecutions() {
        BigDecimal first = commission.forExecution(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100"),
                new BigDecimal("50"));
        assertThat(first).isEqualByComparingTo("1.00");
        BigDecimal second = commission.forExecution(new BigDecimal("100"), new BigDecimal("5000"), first, new BigDecimal("100"),
                new BigDecimal("50"));
        assertThat(second).isEqualByComparingTo("0");
        BigDecimal third = commission.forExecution(new BigDecimal("200"), new BigDecimal("10000"), first, new BigDecimal("300"),
                new BigDecimal("50"));
        assertThat(first.add(second).add(third)).isEqualByComparingTo("2.50");
    }

    @Test
    void aSingleExecutionCostsWhatTheFixedModelCharges() {
        assertThat(commission.forExecution(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1000"),
                new BigDecimal("20"))).isEqualByComparingTo(new IbkrFixedCommission().commission(new BigDecimal("1000"),
                new BigDecimal("20")));
    }
}
