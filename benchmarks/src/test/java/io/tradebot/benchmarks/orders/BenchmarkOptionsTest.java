package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void defaultsToTwoHundredOrdersPerSecondForThirtySecondsAndThirtyTwoInFlight() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--url", "http://127.0.0.1:18082/", "--keys", "run/keys"));

        assertThat(options.baseUrl()).hasToString("http://127.0.0.1:18082");
        assertThat(options.keysDir()).isEqualTo(Path.of("run/keys"));
        assertThat(options.rate()).isEqualTo(200);
        assertThat(options.seconds()).isEqualTo(30);
        assertThat(options.concurrency()).isEqualTo(32);
        assertThat(options.warmupRate()).isEqualTo(200);
        assertThat(options.warmupSeconds()).isEqualTo(60);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.out()).isNull();
        assertThat(options.cpuPids()).isEmpty();
        assertThat(options.databaseUrl()).isNull();
        assertThat(options.latencyLog()).isNull();
    }

    @Test
    void takesTheFileEveryFixedRateRequestsTimingIsWrittenTo() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--url", "http://x", "--token", "t",
                "--latency-log", "run/benchmarks/orders-latencies.csv"));

        assertThat(options.latencyLog()).isEqualTo(Path.of("run/benchmarks/orders-latencies.csv"));
    }

    @Test
    void takesTheDatabaseWhoseCommitsAreMeasuredFirst() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--url", "http://x", "--token", "t",
                "--database-url", "jdbc:mysql://127.0.0.1:3306/tradebot_bench"));

        assertThat(options.databaseUrl()).isEqualTo("jdbc:mysql://127.0.0.1:3306/tradebot_bench");
    }

    @Test
    void takesTheServiceAndDatabaseProcessesToMeterTheirCpu() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--url", "http://x", "--token", "t",
                "--service-pid", "4321", "--database-pid", "99"));

        assertThat(options.cpuPids()).containsExactly(java.util.Map.entry("service", 4321L), java.util.Map.entry("database", 99L));
    }

    @Test
    void refusesUnknownOptionsMissingValuesAndNonPositiveRates() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--url", "http://x", "--token", "t", "--speed", "3")))
                .hasMessageContaining("--speed");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--url", "http://x", "--token")))
                .hasMessageContaining("--token needs a value");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--url", "http://x", "--token", "t", "--rate", "0")))
                .hasMessageContaining("--rate");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--url", "http://x")))
                .hasMessageContaining("--token or --keys");
    }
}
