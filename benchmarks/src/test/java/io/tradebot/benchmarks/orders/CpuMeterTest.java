package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void dividesEachProcessesCpuTimeBetweenTwoReadingsByTheOrders() {
        Map<String, Duration> before = Map.of("client", Duration.ofMillis(100), "service", Duration.ofMillis(1_000));
        Map<String, Duration> after = Map.of("client", Duration.ofMillis(300), "service", Duration.ofMillis(5_000));

        Map<String, Double> perOrder = CpuMeter.perOrder(before, after, 400).orElseThrow();

        assertThat(perOrder).containsEntry("client", 0.5).containsEntry("service", 10.0);
        assertThat(CpuMeter.format(new java.util.LinkedHashMap<>(Map.of("service", 10.0)))).isEqualTo("service 10.00 ms, all 10.00 ms");
        assertThat(CpuMeter.perOrder(before, after, 0)).isEmpty();
    }

    @Test
    void readsThisProcessAndLeavesOutAPidItCannotRead() {
        CpuMeter meter = new CpuMeter(Map.of("service", Long.MAX_VALUE));

        Map<String, Duration> first = meter.read();
        long spin = 0;
        for (long i = 0; i < 50_000_000L; i++) {
            spin += i ^ (spin >>> 3);
        }
        Map<String, Duration> second = meter.read();

        assertThat(first).containsOnlyKeys("client");
        assertThat(second.get("client")).as("spun %d", spin).isGreaterThan(first.get("client"));
    }
}
