package io.tradebot.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void quantityRejectsZeroNegativeHugeAndOverPreciseValues() {
        assertThatThrownBy(() -> new Quantity(BigDecimal.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Quantity(new BigDecimal("-5"))).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Quantity(new BigDecimal("10000000.0001"))).hasMessageContaining("at most");
        assertThatThrownBy(() -> new Quantity(new BigDecimal("1.00001"))).hasMessageContaining("4 decimals");
        assertThatThrownBy(() -> new Quantity(null)).hasMessageContaining("required");
    }

    @Test
    void quantityKeepsFourDecimalsAndComparesByValue() {
        assertThat(new Quantity(new BigDecimal("12.50")).value()).isEqualTo(new BigDecimal("12.5000"));
        assertThat(Quantity.of(3)).isEqualTo(new Quantity(new BigDecimal("3.0")));
        assertThat(Quantity.of(3).toString()).isEqualTo("3");
    }

    @Test
    void priceRejectsNonPositiveNonFiniteAndAbsurdValues() {
        assertThatThrownBy(() -> Price.of("0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Price.of(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Price.of(Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Price.of("10000001")).hasMessageContaining("at most");
    }

    @Test
    void priceRoundsToSixDecimalsHalfEven() {
        assertThat(Price.of("1.0000005").value()).isEqualTo(new BigDecimal("1.000000"));
        assertThat(Price.of("1.0000015").value()).isEqualTo(new BigDecimal("1.000002"));
    }

    @Test
    void moneyAddsAndSubtractsExactly() {
        Money cash = Money.of("100000").minus(Money.of("9999.995")).plus(Money.of("0.005"));
        assertThat(cash).isEqualTo(Money.of("90000.01"));
        assertThat(Money.of("-1").isNegative()).isTrue();
    }
}
