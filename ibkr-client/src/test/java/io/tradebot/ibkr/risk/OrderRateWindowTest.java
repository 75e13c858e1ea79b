package io.tradebot.ibkr.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderRateWindowTest {

    private static final Instant T0 = Instant.parse("2026-01-05T15:00:00Z");

    @Test
    void keepsEachStrategysOrdersOfTheLastMinuteOnly() {
        OrderRateWindow window = new OrderRateWindow();
        window.record("a", T0);
        window.record("a", T0.plusSeconds(30));
        window.record("b", T0.plusSeconds(31));

        assertThat(window.count("a", T0.plusSeconds(59))).isEqualTo(2);
        assertThat(window.count("a", T0.plusSeconds(60))).isEqualTo(1);
        assertThat(window.count("b", T0.plusSeconds(60))).isEqualTo(1);
        assertThat(window.count("b", T0.plusSeconds(91))).isZero();
        assertThat(window.count("c", T0)).isZero();
    }
}
