package io.tradebot.benchmarks.screen;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/** Runs a task after a warm-up and prints the median, 90th percentile and fastest of its run times. */
final class Timings {

    private Timings() {
    }

    /** Times {@code task} {@code runs} times after {@code warmUp} untimed runs; returns the median in milliseconds. */
    static double measure(String name, int warmUp, int runs, double goalMillis, IntSupplier task) {
        int result = 0;
        for (int i = 0; i < warmUp; i++) {
            result += task.getAsInt();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result += task.getAsInt();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[runs / 2];
        System.out.printf(Locale.ROOT, "%-58s median %8.2f ms  p90 %8.2f ms  min %8.2f ms  goal < %.0f ms: %s%n", name,
                median, millis[(int) Math.ceil(runs * 0.9) - 1], millis[0], goalMillis, median < goalMillis ? "met" : "NOT met");
        // Printed so the work cannot be optimised away.
        System.out.printf(Locale.ROOT, "%-58s (%d passes summed over all runs)%n", "", result);
        return median;
    }
}
