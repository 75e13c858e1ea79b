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

        assertThat(window.recent("a", T0.plusSeconds(59))).containsExactly(T0, T0.plusSeconds(30));
        assertThat(window.recent("a", T0.plusSeconds(60))).containsExactly(T0.plusSeconds(30));
        assertThat(window.recent("b", T0.plusSeconds(60))).containsExactly(T0.plusSeconds(31));
        assertThat(window.recent("c", T0)).isEmpty();
    }
}
