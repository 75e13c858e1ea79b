package io.tradebot.benchmarks.orders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * When an open-loop phase's slow requests happened: a few scattered ones come from the service's own work, while
 * bursts at a steady spacing point at something periodic that stopped everything (on the machine the README describes,
 * the database froze for 20 to 40 ms every 0.54 s while a kernel thread ran). A slow request belongs to the burst of the
 * slow one before it when it was meant to leave within {@value #JOIN_MILLIS} ms of that one.
 *
 * @param thresholdMs      what counts as slow: latency from the intended send time above this
 * @param requests         the requests looked at
 * @param slow             those above the threshold
 * @param bursts           the runs of slow requests
 * @param medianSpacingMs  the median time from one burst's start to the next one's, or null with fewer than two bursts
 * @param largestBurst     the most slow requests in one burst
 * @param largestBurstMs   that burst's span, from its first request's intended send time to its last answer
 */
public record SlowBursts(double thresholdMs, long requests, long slow, int bursts, Double medianSpacingMs, int largestBurst,
        double largestBurstMs) {

    static final long JOIN_MILLIS = 100;

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
        List<Long> spacings = new ArrayList<>();
        for (int i = 1; i < bursts.size(); i++) {
            spacings.add(bursts.get(i).getFirst().intendedNanos() - bursts.get(i - 1).getFirst().intendedNanos());
        }
        spacings.sort(null);
        Double medianSpacing = spacings.isEmpty() ? null : spacings.get(spacings.size() / 2) / 1e6;
        List<RequestTiming> largest = bursts.stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
        double largestSpan = largest.isEmpty() ? 0
                : (largest.stream().mapToLong(RequestTiming::doneNanos).max().orElseThrow() - largest.getFirst().intendedNanos()) / 1e6;
        return new SlowBursts(thresholdMs, timings.size(), slow.size(), bursts.size(), medianSpacing, largest.size(), largestSpan);
    }

    /** One line for the report. */
    String describe() {
        if (slow == 0) {
            return String.format(java.util.Locale.ROOT, "none of %d requests over %.0f ms", requests, thresholdMs);
        }
        return String.format(java.util.Locale.ROOT, "%d of %d requests over %.0f ms (%.1f%%), in %d burst%s%s; the largest: %d requests over %.0f ms",
                slow, requests, thresholdMs, 100.0 * slow / requests, bursts, bursts == 1 ? "" : "s",
                medianSpacingMs == null ? "" : String.format(java.util.Locale.ROOT, ", one every %.0f ms (median)", medianSpacingMs),
                largestBurst, largestBurstMs);
    }
}
