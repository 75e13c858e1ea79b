package io.tradebot.benchmarks.orders;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * This client's own stalls while a phase runs: a thread asks to sleep {@value #NAP_MICROS} µs over and over and records
 * how much longer each nap took (the scheduler, a collection, the machine). When the requests stall for far longer than
 * this thread does, the time was lost in the service or its database, not in the client measuring them.
 */
final class StallMeter implements AutoCloseable {

    static final long NAP_MICROS = 1000;

    /** Naps for about {@code nanos}; a stand-in decides in tests. */
    interface Sleeper {
        void nap(long nanos);
    }

    private final Histogram oversleepMicros = new Histogram(1, TimeUnit.HOURS.toMicros(1), 3);
    private final Thread thread;
    private volatile boolean stopped;

    private StallMeter(Sleeper sleeper) {
        this.thread = Thread.ofPlatform().name("stall-meter").daemon(true).unstarted(() -> measure(sleeper));
    }

    /** Starts measuring with real naps. */
    static StallMeter start() {
        return start(LockSupport::parkNanos);
    }

    static StallMeter start(Sleeper sleeper) {
        StallMeter meter = new StallMeter(sleeper);
        meter.thread.start();
        return meter;
    }

    private void measure(Sleeper sleeper) {
        long nap = TimeUnit.MICROSECONDS.toNanos(NAP_MICROS);
        while (!stopped) {
            long before = System.nanoTime();
            sleeper.nap(nap);
            long over = (System.nanoTime() - before - nap) / 1000;
            synchronized (oversleepMicros) {
                oversleepMicros.recordValue(Math.max(0, Math.min(over, oversleepMicros.getHighestTrackableValue())));
            }
        }
    }

    /** Stops measuring and sums up how much longer than asked the naps took. */
    LatencySummary stop() {
        close();
        synchronized (oversleepMicros) {
            return LatencySummary.of("oversleep", oversleepMicros);
        }
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
