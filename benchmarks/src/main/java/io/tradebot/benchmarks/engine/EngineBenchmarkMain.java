package io.tradebot.benchmarks.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code ./tradebot benchmark engine}: runs the engine JMH benchmarks (with the GC profiler), then the Node script
 * when given, and prints the figures against the goals. Never fails on a figure: exit 0, or 2 on bad usage.
 *
 * <pre>
 * EngineBenchmarkMain --data SPY_MINUTE_FILE --out DIR [--node-script FILE]
 * </pre>
 */
public final class EngineBenchmarkMain {

    private static final String PACKAGE = EngineBenchmarkMain.class.getPackageName();

    private EngineBenchmarkMain() {
    }

    public static void main(String[] args) throws IOException, RunnerException, InterruptedException {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("--data") || !options.containsKey("--out")) {
            System.err.println("usage: EngineBenchmarkMain --data SPY_MINUTE_FILE --out DIR [--node-script FILE]");
            System.exit(2);
        }
        Path data = Path.of(options.get("--data")).toAbsolutePath();
        Path out = Files.createDirectories(Path.of(options.get("--out")));
        String loadBefore = loadAverage();
        Map<String, RunResult> results = jmh(data, out);
        Double node = null;
        if (options.containsKey("--node-script")) {
            System.setProperty(EngineData.DATA_PROPERTY, data.toString());
            node = NodeComparison.run(Path.of(options.get("--node-script")), out);
        }
        System.out.println();
        System.out.println(SummaryTable.of(results, node, loadBefore, loadAverage()));
    }

    private static Map<String, RunResult> jmh(Path data, Path out) throws RunnerException {
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(PACKAGE + "\\..*Benchmark\\..*")
                .jvmArgsAppend("-Xms3g", "-Xmx3g", "-D" + EngineData.DATA_PROPERTY + "=" + data)
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("engine-jmh.json").toString())
                .build()).run();
        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult run : runs) {
            String name = run.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.') + 1), run);
        }
        return byName;
    }

    /** The primary score of benchmark method {@code name}, or NaN when it did not run. */
    static double score(Map<String, RunResult> results, String name) {
        RunResult run = results.get(name);
        return run == null ? Double.NaN : run.getPrimaryResult().getScore();
    }

    /** Bytes allocated per operation (the GC profiler's {@code gc.alloc.rate.norm}), or NaN. */
    static double allocation(Map<String, RunResult> results, String name) {
        RunResult run = results.get(name);
        Result<?> norm = run == null ? null : run.getSecondaryResults().get("gc.alloc.rate.norm");
        return norm == null ? Double.NaN : norm.getScore();
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i].startsWith("--")) {
                return null;
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
