package io.tradebot.benchmarks.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes the benchmark bars to a CSV and times the Node script ({@code technicalindicators}) over them. */
final class NodeComparison {

    private static final String RESULT = "bars_per_second ";

    private NodeComparison() {
    }

    /** The script's bars/s for MACD + RSI + Bollinger, or null when it failed (said on stderr). */
    static Double run(Path script, Path out) throws IOException, InterruptedException {
        Path csv = out.resolve("engine-bars.csv");
        System.out.println("Writing the " + EngineData.BARS + " bars to " + csv + " for Node...");
        EngineData.writeCsv(EngineData.benchmarkBars(), csv);
        Process node = new ProcessBuilder(List.of("node", "--max-old-space-size=4096", script.toString(),
                csv.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(output);
        if (node.waitFor() != 0) {
            System.err.println("The Node script failed; no Node figure.");
            return null;
        }
        return output.lines().filter(line -> line.startsWith(RESULT))
                .map(line -> Double.parseDouble(line.substring(RESULT.length()).trim())).findFirst().orElse(null);
    }
}
