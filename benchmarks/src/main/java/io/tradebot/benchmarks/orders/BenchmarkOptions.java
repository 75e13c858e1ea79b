package io.tradebot.benchmarks.orders;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link OrderAcceptanceBenchmark}.
 *
 * @param baseUrl        ibkr-client's base URL, e.g. http://127.0.0.1:18082
 * @param token          a bearer token to send, or null to sign one with {@code keysDir}
 * @param keysDir        folder with {@code private-key.pem}, used when no token is given
 * @param rate           orders per second of the fixed-rate phase
 * @param seconds        length of the fixed-rate phase and of the max-throughput phase
 * @param concurrency    requests in flight in the max-throughput phase
 * @param warmupRate     orders per second of the warm-up
 * @param warmupSeconds  length of the warm-up (0 skips it)
 * @param maxInFlight    most requests the fixed-rate phase keeps open at once before it falls behind its schedule
 * @param timeout        how long one request may take before it counts as an error
 * @param out            file to write the results to as JSON, or null
 * @param cpuPids        processes whose CPU time per order is reported besides this client's (name → pid)
 * @param databaseUrl    JDBC URL of the service's database, to measure what one commit costs there first
 *                       ({@link CommitFloor}); null skips that
 * @param latencyLog     file to write every fixed-rate request's timing to as CSV ({@link LatencyLog}), or null
 */
public record BenchmarkOptions(URI baseUrl, String token, Path keysDir, int rate, int seconds, int concurrency,
        int warmupRate, int warmupSeconds, int maxInFlight, Duration timeout, Path out, Map<String, Long> cpuPids,
        String databaseUrl, Path latencyLog) {

    static final String USAGE = """
            usage: OrderAcceptanceBenchmark --url URL (--token TOKEN | --keys DIR) [--rate 200] [--seconds 30]
                   [--concurrency 32] [--warmup-rate 200] [--warmup-seconds 60] [--max-in-flight 64]
                   [--timeout-seconds 60] [--out FILE.json] [--service-pid PID] [--database-pid PID]
                   [--database-url JDBC_URL] [--latency-log FILE.csv]""";

    public BenchmarkOptions {
        if (baseUrl == null) {
            throw new IllegalArgumentException("--url is required");
        }
        if (token == null && keysDir == null) {
            throw new IllegalArgumentException("--token or --keys is required");
        }
        positive("--rate", rate);
        positive("--seconds", seconds);
        positive("--concurrency", concurrency);
        positive("--warmup-rate", warmupRate);
        positive("--max-in-flight", maxInFlight);
        if (warmupSeconds < 0) {
            throw new IllegalArgumentException("--warmup-seconds must be 0 or more, was " + warmupSeconds);
        }
    }

    /** Parses {@code --name value} pairs; unknown names and missing values are refused. */
    public static BenchmarkOptions parse(List<String> args) {
        URI url = null;
        String token = null;
        Path keys = null;
        Path out = null;
        String databaseUrl = null;
        Path latencyLog = null;
        Map<String, Long> pids = new LinkedHashMap<>();
        int rate = 200, seconds = 30, concurrency = 32, warmupRate = 200, warmupSeconds = 60, maxInFlight = 64, timeout = 60;
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args.get(i + 1);
            switch (name) {
                case "--url" -> url = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
                case "--token" -> token = value;
                case "--keys" -> keys = Path.of(value);
                case "--rate" -> rate = number(name, value);
                case "--seconds" -> seconds = number(name, value);
                case "--concurrency" -> concurrency = number(name, value);
                case "--warmup-rate" -> warmupRate = number(name, value);
                case "--warmup-seconds" -> warmupSeconds = number(name, value);
                case "--max-in-flight" -> maxInFlight = number(name, value);
                case "--timeout-seconds" -> timeout = number(name, value);
                case "--out" -> out = Path.of(value);
                case "--service-pid" -> pids.put("service", (long) number(name, value));
                case "--database-pid" -> pids.put("database", (long) number(name, value));
                case "--database-url" -> databaseUrl = value;
                case "--latency-log" -> latencyLog = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        positive("--timeout-seconds", timeout);
        return new BenchmarkOptions(url, token, keys, rate, seconds, concurrency, warmupRate, warmupSeconds, maxInFlight,
                Duration.ofSeconds(timeout), out, pids, databaseUrl, latencyLog);
    }

    /** How long the whole run may take at most: a signed token must outlive it. */
    Duration longestRun() {
        return Duration.ofSeconds(warmupSeconds + 2L * seconds).plus(timeout.multipliedBy(3));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
