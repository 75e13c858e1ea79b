package io.tradebot.benchmarks.orders;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes every request of an open-loop phase to a CSV file, one line each in the order they were meant to leave, so their
 * latencies can be lined up against anything else on the machine's clock (a GC log, the database's slow log):
 * {@code intended_utc,from_intended_ms,from_sent_ms,outcome}.
 */
final class LatencyLog {

    static final String HEADER = "intended_utc,from_intended_ms,from_sent_ms,outcome";

    private LatencyLog() {
    }

    /**
     * Writes {@code timings} to {@code file}; {@code epochNanosAtZero} is the wall clock (nanoseconds since the epoch) at
     * {@code System.nanoTime() == 0}, so each intended send time can be printed as a UTC instant.
     */
    static void write(Path file, List<RequestTiming> timings, long epochNanosAtZero) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            out.newLine();
            for (RequestTiming timing : timings.stream().sorted(Comparator.comparingLong(RequestTiming::intendedNanos)).toList()) {
                long epochNanos = epochNanosAtZero + timing.intendedNanos();
                Instant intended = Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                        Math.floorMod(epochNanos, 1_000_000_000L) / 1000 * 1000);
                out.write(String.format(Locale.ROOT, "%s,%.3f,%.3f,%s", intended, timing.fromIntendedMs(), timing.fromSentMs(),
                        timing.outcome().replace(',', ';')));
                out.newLine();
            }
        }
    }

    /** The wall clock at {@code System.nanoTime() == 0}, as nanoseconds since the epoch. */
    static long epochNanosAtZero() {
        Instant now = Instant.now();
        long nano = System.nanoTime();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano() - nano;
    }
}
