package io.tradebot.benchmarks.orders;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results as a text table with notes on everything that was not a plain acceptance. */
final class ResultTable {

    private static final String ROW = "%-30s %-14s %9s %9s %9s %7s %9s %9s %9s %9s %9s %11s%n";

    private ResultTable() {
    }

    static String format(List<PhaseResult> phases) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "phase", "latency", "requests", "accepted", "rejected", "errors",
                "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "accepted/s"));
        for (PhaseResult phase : phases) {
            boolean first = true;
            for (LatencySummary latency : phase.latencies()) {
                out.append(String.format(Locale.ROOT, ROW, first ? phase.phase() : "", "from " + latency.basis(),
                        first ? phase.sent() : "", first ? phase.accepted() : "", first ? phase.rejected() : "",
                        first ? phase.errors() : "", ms(latency.p50()), ms(latency.p90()), ms(latency.p99()),
                        ms(latency.p999()), ms(latency.max()),
                        first ? String.format(Locale.ROOT, "%.1f", phase.acceptedPerSecond()) : ""));
                first = false;
            }
        }
        for (PhaseResult phase : phases) {
            notes(out, phase);
        }
        return out.toString();
    }

    private static void notes(StringBuilder out, PhaseResult phase) {
        out.append(String.format(Locale.ROOT, "%n%s: %d answered in %.1f s;", phase.phase(),
                phase.accepted() + phase.rejected() + phase.errors(), phase.seconds()));
        phase.outcomes().forEach((label, count) -> out.append(' ').append(label).append(" = ").append(count).append(';'));
        out.append('\n');
        if (phase.unsent() > 0) {
            out.append(String.format(Locale.ROOT, "  RATE NOT SUSTAINED: %d of %d scheduled orders were never sent (every"
                    + " in-flight slot was taken until the phase ended). The percentiles cover the %d sent; the unsent"
                    + " would have waited longer still.%n", phase.unsent(), phase.scheduled(), phase.sent()));
        }
        if (phase.rejected() > 0 || phase.errors() > 0) {
            out.append(String.format(Locale.ROOT, "  WARNING: %d rejected by risk and %d errors: these are not the figures"
                    + " of accepted orders.%n", phase.rejected(), phase.errors()));
        }
        for (Map.Entry<String, String> sample : phase.samples().entrySet()) {
            out.append("  first ").append(sample.getKey()).append(": ").append(sample.getValue()).append('\n');
        }
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }
}
