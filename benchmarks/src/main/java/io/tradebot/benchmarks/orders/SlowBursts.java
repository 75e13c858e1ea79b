package io.tradebot.benchmarks.orders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * When an open-loop phase's slow requests happened: a few scattered ones come from the service's own work, while
 * bursts at a steady spacing point at something periodic that stopped everything (on the machine the README describes,
 * the database froze for 20 to 40 ms every 0.54 s while a kernel thread ran). A slow request belongs to the burst of the
 * slow one before it when it was meant to leave within {@value #JOIN_MILLIS} ms of that one. The bursts' period is the
 * spacing, between {@value #SHORTEST_PERIOD_MILLIS} and {@value #LONGEST_PERIOD_MILLIS} ms, at which the most bursts are
 * followed by another one (give or take {@value #PERIOD_TOLERANCE_MILLIS} ms); where neighbouring spacings tie, the middle
 * one, and where apart, the shorter.
 *
 * @param thresholdMs      what counts as slow: latency from the intended send time above this
 * @param requests         the requests looked at
 * @param slow             those above the threshold
 * @param bursts           the runs of slow requests
 * @param periodMs         the bursts' period, or null with fewer than three bursts
 * @param periodic         how many bursts were followed by another one a period later
 * @param largestBurst     the most slow requests in one burst
 * @param largestBurstMs   that burst's span, from its first request's intended send time to its last answer
 */
public record SlowBursts(double thresholdMs, long requests, long slow, int bursts, Integer periodMs, int periodic,
        int largestBurst, double largestBurstMs) {

    static final long JOIN_MILLIS = 100;
    static final int SHORTEST_PERIOD_MILLIS = 100;
    static final int LONGEST_PERIOD_MILLIS = 2000;
    static final int PERIOD_TOLERANCE_MILLIS = 20;

    /** Groups the requests of {@code timings} slower than {@code thresholdMs} (from their intended send time) into bursts. */
    static SlowBursts of(List<RequestTiming> timings, double thresholdMs) {
        List<RequestTiming> slow = timings.stream().filter(timing -> timing.fromIntendedMs() > thresholdMs)
                .sorted(Comparator.comparingLong(RequestTiming::intendedNanos)).toList();
        List<List<RequestTiming>> bursts = new ArrayList<>();
        long join = TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
        for (RequestTiming timing : slow) {
            if (bursts.isEmpty() || timing.intendedNanos() - bursts.getLast().getLast().intendedNanos() > join) {
                bursts.add(new ArrayList<>());
            }
            bursts.getLast().add(timing);
        }
        long[] starts = bursts.stream().mapToLong(burst -> burst.getFirst().intendedNanos()).toArray();
        Integer period = null;
        int periodic = 0;
        if (starts.length >= 3) {
            // the first run of spacings that tie for the most followers; its middle is the period
            int runStart = 0;
            int runEnd = 0;
            for (int candidate = SHORTEST_PERIOD_MILLIS; candidate <= LONGEST_PERIOD_MILLIS; candidate += 5) {
                int followed = followedAfter(starts, candidate);
                if (followed > periodic) {
                    periodic = followed;
                    runStart = candidate;
                    runEnd = candidate;
                } else if (followed == periodic && periodic > 0 && runEnd == candidate - 5) {
                    runEnd = candidate;
                }
            }
            period = periodic == 0 ? null : (runStart + runEnd) / 10 * 5;
        }
        List<RequestTiming> largest = bursts.stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
        double largestSpan = largest.isEmpty() ? 0
                : (largest.stream().mapToLong(RequestTiming::doneNanos).max().orElseThrow() - largest.getFirst().intendedNanos()) / 1e6;
        return new SlowBursts(thresholdMs, timings.size(), slow.size(), bursts.size(), period, periodic, largest.size(), largestSpan);
    }

    /** How many of {@code starts} (ascending) have another start {@code periodMs} later, give or take the tolerance. */
    private static int followedAfter(long[] starts, int periodMs) {
        long low = TimeUnit.MILLISECONDS.toNanos(periodMs - PERIOD_TOLERANCE_MILLIS);
        long high = TimeUnit.MILLISECONDS.toNanos(periodMs + PERIOD_TOLERANCE_MILLIS);
        int followed = 0;
        int next = 0;
        for (long start : starts) {
            while (next < starts.length && starts[next] - start < low) {
                next++;
            }
            if (next < starts.length && starts[next] - start <= high) {
                followed++;
            }
        }
        return followed;
    }

    /** One line for the report. */
    String describe() {
        if (slow == 0) {
            return String.format(Locale.ROOT, "none of %d requests over %.0f ms", requests, thresholdMs);
        }
        return String.format(Locale.ROOT, "%d of %d requests over %.0f ms (%.1f%%), in %d burst%s%s; the largest: %d requests over %.0f ms",
                slow, requests, thresholdMs, 100.0 * slow / requests, bursts, bursts == 1 ? "" : "s",
                periodMs == null ? "" : String.format(Locale.ROOT, "; %d of them followed by another %d ms later", periodic, periodMs),
                largestBurst, largestBurstMs);
    }
}
