package io.tradebot.benchmarks.orders;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Collects one phase's outcomes and latencies (microseconds) from many threads. */
final class PhaseRecorder {

    /** An hour: anything slower is recorded as an hour. */
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final String phase;
    private final boolean openLoop;
    private final Histogram intended = new ConcurrentHistogram(1, HIGHEST_MICROS, 3);
    private final Histogram service = new ConcurrentHistogram(1, HIGHEST_MICROS, 3);
    private final Map<String, LongAdder> outcomes = new ConcurrentSkipListMap<>();
    private final Map<String, String> samples = new ConcurrentHashMap<>();
    private final Map<Outcome.Kind, LongAdder> kinds = new EnumMap<>(Map.of(Outcome.Kind.ACCEPTED, new LongAdder(),
            Outcome.Kind.REJECTED, new LongAdder(), Outcome.Kind.ERROR, new LongAdder()));
    private final Queue<RequestTiming> timings = new ConcurrentLinkedQueue<>();
    private final LongAdder sent = new LongAdder();
    private final AtomicLong unsent = new AtomicLong();
    private final LongAccumulator lastAnswer = new LongAccumulator(Math::max, Long.MIN_VALUE);
    private final long startNanos;

    /** @param openLoop true when requests follow a schedule, so latency from the intended send time is reported */
    PhaseRecorder(String phase, boolean openLoop, long startNanos) {
        this.phase = phase;
        this.openLoop = openLoop;
        this.startNanos = startNanos;
    }

    /** A request left. */
    void sent() {
        sent.increment();
    }

    /** The request planned for {@code intendedNanos}, sent at {@code sentNanos}, ended at {@code doneNanos}. */
    void record(Outcome outcome, long intendedNanos, long sentNanos, long doneNanos) {
        outcomes.computeIfAbsent(outcome.label(), label -> new LongAdder()).increment();
        kinds.get(outcome.kind()).increment();
        if (outcome.kind() != Outcome.Kind.ACCEPTED) {
            samples.putIfAbsent(outcome.label(), outcome.detail());
        }
        lastAnswer.accumulate(doneNanos);
        if (openLoop) {
            timings.add(new RequestTiming(intendedNanos, sentNanos, doneNanos, outcome.label()));
        }
        if (outcome.timed()) {
            intended.recordValue(micros(doneNanos - intendedNanos));
            service.recordValue(micros(doneNanos - sentNanos));
        }
    }

    /**
     * {@code count} scheduled requests the phase never sent. They stay out of the histograms: all that is known
     * of their latency is a lower bound, which would pull the percentiles down, not up.
     */
    void notSent(long count) {
        unsent.addAndGet(count);
    }

    long sentCount() {
        return sent.sum();
    }

    /** The phase's figures; {@code scheduled} is what the phase meant to send. */
    PhaseResult result(long scheduled) {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((label, count) -> counts.put(label, count.sum()));
        long accepted = kinds.get(Outcome.Kind.ACCEPTED).sum();
        long end = lastAnswer.get() == Long.MIN_VALUE ? System.nanoTime() : lastAnswer.get();
        double seconds = Math.max(1, end - startNanos) / 1e9;
        List<LatencySummary> latencies = new ArrayList<>();
        if (openLoop) {
            latencies.add(LatencySummary.of(LatencySummary.INTENDED, intended));
        }
        latencies.add(LatencySummary.of(LatencySummary.SERVICE, service));
        return new PhaseResult(phase, scheduled, sent.sum(), accepted, kinds.get(Outcome.Kind.REJECTED).sum(),
                kinds.get(Outcome.Kind.ERROR).sum(), unsent.get(), seconds,
                accepted / seconds, counts, new TreeMap<>(samples), latencies, List.copyOf(timings));
    }

    private static long micros(long nanos) {
        return Math.min(HIGHEST_MICROS, Math.max(1, nanos / 1000));
    }
}
