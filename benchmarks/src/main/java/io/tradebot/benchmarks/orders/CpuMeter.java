package io.tradebot.benchmarks.orders;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time spent by the processes a phase runs on (the service, its database server, this client), read
 * from the operating system before and after the phase. A count rather than a timing: on cores shared
 * with other work it says what an order costs even when the latencies are spoiled by the sharing. The
 * database server's figure includes whatever else it served meanwhile.
 */
final class CpuMeter {

    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();

    /** Meters this client and each of {@code pids} (name → pid) that the OS lets it read; others are left out. */
    CpuMeter(Map<String, Long> pids) {
        processes.put("client", ProcessHandle.current());
        pids.forEach((name, pid) -> ProcessHandle.of(pid)
                .filter(process -> process.info().totalCpuDuration().isPresent())
                .ifPresent(process -> processes.put(name, process)));
    }

    /** CPU time of every metered process now. */
    Map<String, Duration> read() {
        Map<String, Duration> now = new LinkedHashMap<>();
        processes.forEach((name, process) -> now.put(name, process.info().totalCpuDuration().orElse(Duration.ZERO)));
        return now;
    }

    /** Milliseconds of CPU per order of each process between {@code before} and {@code after}; empty for no orders. */
    static Optional<Map<String, Double>> perOrder(Map<String, Duration> before, Map<String, Duration> after, long orders) {
        if (orders <= 0) {
            return Optional.empty();
        }
        Map<String, Double> perOrder = new LinkedHashMap<>();
        before.forEach((name, start) -> perOrder.put(name,
                after.getOrDefault(name, start).minus(start).toNanos() / 1e6 / orders));
        return Optional.of(perOrder);
    }

    /** One line: "service 6.61 ms, database 1.86 ms, client 0.52 ms, all 8.99 ms". */
    static String format(Map<String, Double> perOrder) {
        StringBuilder line = new StringBuilder();
        perOrder.forEach((name, ms) -> line.append(String.format(Locale.ROOT, "%s %.2f ms, ", name, ms)));
        return line.append(String.format(Locale.ROOT, "all %.2f ms",
                perOrder.values().stream().mapToDouble(Double::doubleValue).sum())).toString();
    }
}
