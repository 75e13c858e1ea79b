package io.tradebot.benchmarks.engine;

import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/** The engine benchmark's figures against the goals of issue 4, as a plain-text table. */
final class SummaryTable {

    private SummaryTable() {
    }

    static String of(Map<String, RunResult> results, Double nodeBarsPerSecond, String loadBefore, String loadAfter) {
        double engine = EngineBenchmarkMain.score(results, "macdVwapColumnar");
        double ta4j = EngineBenchmarkMain.score(results, "macdVwapBarSeriesManager");
        double perBar = EngineBenchmarkMain.score(results, "macdAndVwapPerBar");
        double perBarBytes = EngineBenchmarkMain.allocation(results, "macdAndVwapPerBar");
        double engineBytes = EngineBenchmarkMain.allocation(results, "macdVwapColumnar");
        double three = EngineBenchmarkMain.score(results, "macdRsiBollinger");
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Engine benchmarks (%,d bars; load average %s before, %s after)%n",
                EngineData.BARS, loadBefore, loadAfter));
        t.append(String.format(Locale.ROOT, "%-58s %20s %-22s %s%n", "measure", "figure", "goal", "met"));
        row(t, "columnar macd-vwap engine (MACD + VWAP + fills), bars/s", engine, "%,.0f", ">= 5,000,000",
                engine >= 5e6);
        row(t, "  bytes allocated per bar", engineBytes / EngineData.BARS, "%.4f", "", true);
        row(t, "ta4j BarSeriesManager, same rules and bars, bars/s", ta4j, "%,.0f", "", true);
        row(t, "  ours / ta4j", engine / ta4j, "%.1fx", ">= 10x", engine / ta4j >= 10);
        row(t, "incremental MACD + VWAP update, ns/bar", perBar, "%.1f", "<= 50", perBar <= 50);
        row(t, "  bytes allocated per bar (-prof gc)", perBarBytes, "%.4f", "~ 0", perBarBytes < 0.01);
        row(t, "MACD + RSI + Bollinger, ours (Java, incremental), bars/s", three, "%,.0f", "", true);
        if (nodeBarsPerSecond == null) {
            t.append("technicalindicators (Node): not run (see above)\n");
        } else {
            row(t, "MACD + RSI + Bollinger, technicalindicators (Node), bars/s", nodeBarsPerSecond, "%,.0f", "", true);
            row(t, "  ours / Node", three / nodeBarsPerSecond, "%.1fx", ">= 10x", three / nodeBarsPerSecond >= 10);
        }
        return t.toString();
    }

    private static void row(StringBuilder t, String measure, double value, String format, String goal, boolean met) {
        String figure = Double.isNaN(value) ? "not run" : String.format(Locale.ROOT, format, value);
        String verdict = goal.isEmpty() ? "" : Double.isNaN(value) ? "?" : met ? "yes" : "NO";
        t.append(String.format(Locale.ROOT, "%-58s %20s %-22s %s%n", measure, figure, goal, verdict));
    }
}
