package io.tradebot.benchmarks.orders;

/**
 * One request of an open-loop phase, in {@link System#nanoTime()} terms.
 *
 * @param intendedNanos when the schedule meant it to leave
 * @param sentNanos     when it left
 * @param doneNanos     when its answer (or its failure) came back
 * @param outcome       its outcome label ("201 ACCEPTED", "HTTP 500", ...)
 */
public record RequestTiming(long intendedNanos, long sentNanos, long doneNanos, String outcome) {

    /** Latency from the intended send time, in milliseconds. */
    double fromIntendedMs() {
        return (doneNanos - intendedNanos) / 1e6;
    }

    /** Latency from the moment the request left, in milliseconds. */
    double fromSentMs() {
        return (doneNanos - sentNanos) / 1e6;
    }
}
