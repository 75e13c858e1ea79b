package io.tradebot.ibkr.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tradebot.common.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderAmountsTest {

    @Test
    void keepsAQuantityAtFourDecimalsAndAPriceAtSixWithoutRounding() {
        assertThat(OrderAmounts.quantity(new BigDecimal("10"))).isEqualTo("10.0000");
        assertThat(OrderAmounts.quantity(new BigDecimal("0.0001"))).isEqualTo("0.0001");
        assertThat(OrderAmounts.quantity(new BigDecimal("1E+3"))).isEqualTo("1000.0000");
        assertThat(OrderAmounts.price("limitPrice", new BigDecimal("123.456789"))).isEqualTo("123.456789");
        assertThat(OrderAmounts.price("limitPrice", new BigDecimal("1.50000000"))).isEqualTo("1.500000");
    }

    @Test
    void acceptsExactlyTheLargestValueAndRefusesTheNextStep() {
        assertThat(OrderAmounts.quantity(new BigDecimal("10000000"))).isEqualByComparingTo("10000000");
        assertRefused(() -> OrderAmounts.quantity(new BigDecimal("10000000.0001")), "quantity", "quantity must be at most 10000000");
        assertThat(OrderAmounts.price("stopPrice", new BigDecimal("10000000"))).isEqualByComparingTo("10000000");
        assertRefused(() -> OrderAmounts.price("stopPrice", new BigDecimal("10000000.000001")), "stopPrice",
                "stopPrice must be at most 10000000");
    }

    @Test
    void refusesZeroNegativeAndMissingValues() {
        assertRefused(() -> OrderAmounts.quantity(BigDecimal.ZERO), "quantity", "quantity must be positive");
        assertRefused(() -> OrderAmounts.quantity(new BigDecimal("-0.0001")), "quantity", "quantity must be positive");
        assertRefused(() -> OrderAmounts.quantity(null), "quantity", "quantity is required");
        assertRefused(() -> OrderAmounts.price("bracket.stopLoss", new BigDecimal("-1")), "bracket.stopLoss",
                "bracket.stopLoss must be positive");
    }

    @Test
    void refusesMoreDecimalsInsteadOfRoundingAPriceToZero() {
        assertRefused(() -> OrderAmounts.quantity(new BigDecimal("1.00001")), "quantity", "quantity allows at most 4 decimals");
        assertRefused(() -> OrderAmounts.price("limitPrice", new BigDecimal("0.0000001")), "limitPrice",
                "limitPrice allows at most 6 decimals");
    }

    /** BigDecimal holds these in a few bytes; setScale or toPlainString on them would build a billion digits. */
    @Test
    void judgesAGiantExponentWithoutExpandingIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertRefused(() -> OrderAmounts.quantity(new BigDecimal("1e1000000000")), "quantity", "quantity must be at most 10000000");
            assertRefused(() -> OrderAmounts.quantity(new BigDecimal("-1e1000000000")), "quantity", "quantity must be positive");
            assertRefused(() -> OrderAmounts.price("limitPrice", new BigDecimal("1e-1000000000")), "limitPrice",
                    "limitPrice allows at most 6 decimals");
            assertRefused(() -> OrderAmounts.price("limitPrice", new BigDecimal("1.5e-999999999")), "limitPrice",
                    "limitPrice allows at most 6 decimals");
        });
    }

    private static void assertRefused(Runnable call, String field, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().field()).isEqualTo(field);
            assertThat(e.problem().detail()).isEqualTo(detail);
        });
    }
}
