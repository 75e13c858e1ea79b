package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class StallMeterTest {

    @Test
    void reportsANapThatTookFarLongerThanAskedAsTheLongestStall() throws InterruptedException {
        AtomicInteger naps = new AtomicInteger();
        // the fifth nap is held up for 60 ms, as by a collection or a busy machine; the others are asked-for naps
        StallMeter meter = StallMeter.start(nanos -> LockSupport.parkNanos(naps.incrementAndGet() == 5
                ? TimeUnit.MILLISECONDS.toNanos(60) + nanos : nanos));
        while (naps.get() < 20) {
            Thread.sleep(5);
        }

        LatencySummary stalls = meter.stop();

        assertThat(stalls.count()).isGreaterThanOrEqualTo(19);
        assertThat(stalls.max()).isGreaterThanOrEqualTo(60);
        assertThat(stalls.p50()).isLessThan(60);
    }
}
