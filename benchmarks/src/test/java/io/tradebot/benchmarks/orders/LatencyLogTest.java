package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyLogTest {

    @Test
    void writesEachRequestInTheOrderItWasMeantToLeaveWithItsWallClockTimeAndLatencies(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latencies.csv");
        Instant zero = Instant.parse("2026-12-03T18:00:00Z");
        long epochNanosAtZero = zero.getEpochSecond() * 1_000_000_000L;

        LatencyLog.write(file, List.of(
                new RequestTiming(5_000_000L, 5_100_000L, 40_250_000L, "HTTP 500"),
                new RequestTiming(0L, 0L, 2_500_000L, "201 ACCEPTED")), epochNanosAtZero);

        assertThat(Files.readAllLines(file)).containsExactly(
                "intended_utc,from_intended_ms,from_sent_ms,outcome",
                "2026-12-03T18:00:00Z,2.500,2.500,201 ACCEPTED",
                "2026-12-03T18:00:00.005Z,35.250,35.150,HTTP 500");
    }
}
