package io.tradebot.benchmarks.orders;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one latency histogram, in milliseconds.
 *
 * @param basis what the latency is measured from: {@code intended} (the send time the schedule planned,
 *              so a service that falls behind is charged for every order it delays) or {@code service}
 *              (the moment the request actually left)
 * @param count the number of requests recorded
 */
public record LatencySummary(String basis, long count, double p50, double p90, double p99, double p999, double max) {

    public static final String INTENDED = "intended";
    public static final String SERVICE = "service";

    /** Summarises a histogram recorded in microseconds. */
    static LatencySummary of(String basis, Histogram micros) {
        return new LatencySummary(basis, micros.getTotalCount(), ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(90)), ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
