package io.tradebot.benchmarks.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tradebot.devkit.ServiceTokenSigner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how fast ibkr-client accepts orders: a warm-up (not recorded), a fixed-rate open-loop phase
 * whose latency counts from each order's intended send time, and a closed-loop phase at a fixed number of
 * requests in flight for the most orders per second. Prints a table (and writes JSON with {@code --out}).
 * Exit code 0 whatever the figures, 1 when no order at all was accepted during the warm-up, 2 on bad usage.
 */
public final class OrderAcceptanceBenchmark {

    private static final double GOAL_P99_MS = 10;
    private static final int GOAL_RATE = 200;
    private static final double GOAL_THROUGHPUT = 2000;
    private static final int FLOOR_SECONDS = 10;

    private OrderAcceptanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(BenchmarkOptions options) throws IOException, GeneralSecurityException, InterruptedException {
        OrderClient client = new OrderClient(options.baseUrl(), token(options), options.timeout(),
                Math.max(options.maxInFlight(), options.concurrency()));
        OrderFlow flow = new OrderFlow(Long.toString(System.currentTimeMillis(), 36));
        OpenLoopPhase openLoop = new OpenLoopPhase(client, flow);
        double loadAtStart = loadAverage();
        System.out.printf(Locale.ROOT, "Order acceptance benchmark against %s: MARKET qty 1 over %s, strategy '%s'%n",
                options.baseUrl(), OrderFlow.SYMBOLS, OrderFlow.STRATEGY);
        LatencySummary floor = commitFloor(options);
        if (options.warmupSeconds() > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %d s at %d orders/s (not recorded)...%n", options.warmupSeconds(), options.warmupRate());
            PhaseResult warmup = openLoop.run("warm-up", options.warmupRate(), options.warmupSeconds(), options.maxInFlight());
            System.out.printf(Locale.ROOT, "warm-up: %d sent, %s%n", warmup.sent(), warmup.outcomes());
            if (warmup.accepted() == 0) {
                System.out.println("No order was accepted during the warm-up; nothing to measure. First answers: " + warmup.samples());
                return 1;
            }
        }
        List<PhaseResult> phases = new ArrayList<>();
        CpuMeter cpu = new CpuMeter(options.cpuPids());
        List<Map<String, Double>> cpuPerOrder = new ArrayList<>();
        System.out.printf(Locale.ROOT, "fixed rate: %d s at %d orders/s, open loop, at most %d in flight...%n",
                options.seconds(), options.rate(), options.maxInFlight());
        Map<String, java.time.Duration> before = cpu.read();
        StallMeter stallMeter = StallMeter.start();
        phases.add(openLoop.run("fixed-rate " + options.rate() + "/s", options.rate(), options.seconds(), options.maxInFlight()));
        LatencySummary clientStalls = stallMeter.stop();
        Map<String, java.time.Duration> between = cpu.read();
        SlowBursts bursts = SlowBursts.of(phases.get(0).timings(), GOAL_P99_MS);
        if (options.latencyLog() != null) {
            LatencyLog.write(options.latencyLog(), phases.get(0).timings(), LatencyLog.epochNanosAtZero());
        }
        System.out.printf(Locale.ROOT, "max throughput: %d s with %d requests in flight, closed loop...%n",
                options.seconds(), options.concurrency());
        phases.add(new ClosedLoopPhase(client, flow).run("max-throughput " + options.concurrency() + " in flight",
                options.concurrency(), options.seconds()));
        Map<String, java.time.Duration> after = cpu.read();
        cpuPerOrder.add(CpuMeter.perOrder(before, between, phases.get(0).sent()).orElse(Map.of()));
        cpuPerOrder.add(CpuMeter.perOrder(between, after, phases.get(1).sent()).orElse(Map.of()));
        System.out.println();
        System.out.print(ResultTable.format(phases));
        System.out.println();
        for (int i = 0; i < phases.size(); i++) {
            if (!cpuPerOrder.get(i).isEmpty()) {
                System.out.printf(Locale.ROOT, "CPU per order sent, %s: %s%n", phases.get(i).phase(),
                        CpuMeter.format(cpuPerOrder.get(i)));
            }
        }
        System.out.printf(Locale.ROOT, "%nSlow requests, %s: %s.%n", phases.get(0).phase(), bursts.describe());
        System.out.printf(Locale.ROOT, "This client's own stalls meanwhile (a thread napping %d µs, how much longer each nap took):"
                + " p99 %.2f / p99.9 %.2f / max %.2f ms; a stall of the orders much longer than these was spent in the service or"
                + " its database.%n", StallMeter.NAP_MICROS, clientStalls.p99(), clientStalls.p999(), clientStalls.max());
        if (options.latencyLog() != null) {
            System.out.println("Every fixed-rate request's timing written to " + options.latencyLog());
        }
        System.out.printf(Locale.ROOT, "%nOrders still working (not yet filled) at the end: %d%n", client.openOrders(OrderFlow.STRATEGY));
        if (floor != null) {
            System.out.printf(Locale.ROOT, "%nThe database alone, measured first: %s%n", describe(floor, options.rate()));
        }
        System.out.println();
        System.out.print(goals(options, phases));
        double loadAtEnd = loadAverage();
        System.out.printf(Locale.ROOT, "Machine: %d CPUs, 1-minute load average %.2f at the start, %.2f at the end"
                + " (the service, its database and this client share them).%n",
                Runtime.getRuntime().availableProcessors(), loadAtStart, loadAtEnd);
        if (options.out() != null) {
            write(options, phases, cpuPerOrder, floor, bursts, clientStalls, loadAtStart, loadAtEnd);
            System.out.println("Results written to " + options.out());
        }
        return 0;
    }

    /**
     * With {@code --database-url}: {@link CommitFloor} for {@value #FLOOR_SECONDS} s at the fixed phase's rate, before any
     * order is sent; null without it, or when the database cannot be written (said, and the orders are measured anyway).
     */
    private static LatencySummary commitFloor(BenchmarkOptions options) {
        if (options.databaseUrl() == null) {
            return null;
        }
        System.out.printf(Locale.ROOT, "the database alone: %d s of one-row INSERT + COMMIT at %d/s on one connection...%n",
                FLOOR_SECONDS, options.rate());
        try {
            LatencySummary floor = CommitFloor.measure(options.databaseUrl(), System.getenv().getOrDefault("TRADEBOT_DB_USER", "root"),
                    System.getenv().getOrDefault("TRADEBOT_DB_PASSWORD", ""), options.rate(), FLOOR_SECONDS);
            System.out.printf(Locale.ROOT, "the database alone: %s%n", describe(floor, options.rate()));
            return floor;
        } catch (SQLException e) {
            System.out.println("the database alone: not measured (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String describe(LatencySummary floor, int rate) {
        return String.format(Locale.ROOT, "one-row INSERT + COMMIT at %d/s, p50 %.2f / p90 %.2f / p99 %.2f / p99.9 %.2f / max %.2f ms"
                + " (a placement makes two commits, about nine round trips in all)", rate, floor.p50(), floor.p90(), floor.p99(),
                floor.p999(), floor.max());
    }

    private static String token(BenchmarkOptions options) throws IOException, GeneralSecurityException {
        if (options.token() != null) {
            return options.token();
        }
        return ServiceTokenSigner.fromKeysDir(options.keysDir())
                .sign(OrderFlow.STRATEGY, Instant.now(), options.longestRun().plus(Duration.ofMinutes(5)));
    }

    private static String goals(BenchmarkOptions options, List<PhaseResult> phases) {
        PhaseResult fixed = phases.get(0);
        double p99 = fixed.latencies().get(0).p99();
        boolean sustained = fixed.unsent() == 0;
        boolean clean = fixed.rejected() + fixed.errors() + phases.get(1).rejected() + phases.get(1).errors() == 0;
        double throughput = phases.get(1).acceptedPerSecond();
        return String.format(Locale.ROOT, "Goal: p99 under %.0f ms at %d orders/s -> measured p99 %.2f ms (from intended send time) at %d/s%s: %s%n"
                + "Goal: at least %.0f orders/s accepted -> measured %.1f/s: %s%n%s",
                GOAL_P99_MS, GOAL_RATE, p99, options.rate(), sustained ? "" : " (rate NOT sustained)",
                options.rate() >= GOAL_RATE && sustained && p99 < GOAL_P99_MS ? "met" : "not met",
                GOAL_THROUGHPUT, throughput, throughput >= GOAL_THROUGHPUT ? "met" : "not met",
                clean ? "" : "Some orders were rejected or failed: see the notes above; the figures are not those of accepted orders only.\n");
    }

    /** The operating system's 1-minute load average, or -1 where it has none. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void write(BenchmarkOptions options, List<PhaseResult> phases, List<Map<String, Double>> cpuPerOrder,
            LatencySummary floor, SlowBursts bursts, LatencySummary clientStalls, double loadAtStart, double loadAtEnd)
            throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.version"), "loadAverageAtStart", loadAtStart, "loadAverageAtEnd", loadAtEnd));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("url", options.baseUrl().toString());
        settings.put("rate", options.rate());
        settings.put("seconds", options.seconds());
        settings.put("concurrency", options.concurrency());
        settings.put("warmupRate", options.warmupRate());
        settings.put("warmupSeconds", options.warmupSeconds());
        settings.put("maxInFlight", options.maxInFlight());
        settings.put("timeoutSeconds", options.timeout().toSeconds());
        report.put("options", settings);
        report.put("phases", phases);
        report.put("cpuMillisPerOrder", cpuPerOrder);
        report.put("slowBursts", bursts);
        report.put("clientStallsMs", clientStalls);
        if (floor != null) {
            report.put("databaseCommitAlone", Map.of("rate", options.rate(), "latencyMs", floor));
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(options.out().toFile(), report);
    }
}
