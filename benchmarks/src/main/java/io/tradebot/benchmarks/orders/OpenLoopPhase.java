package io.tradebot.benchmarks.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends orders on a fixed schedule, order i at start + i / rate, whether or not earlier ones have been
 * answered (an open loop, as strategies and users send orders), and measures each one's latency from that
 * intended send time: a service that stalls is charged for every order that waited behind the stall, not
 * only for the one it was serving (no coordinated omission). At most {@code maxInFlight} requests are open
 * at once; when they are all taken the schedule falls behind, and whatever is still unsent when the phase's
 * time is up is counted as unsent: the service did not sustain the rate, and the percentiles, which cover the
 * orders sent, understate what the unsent ones would have waited.
 */
final class OpenLoopPhase {

    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final OrderClient client;
    private final OrderFlow flow;

    OpenLoopPhase(OrderClient client, OrderFlow flow) {
        this.client = client;
        this.flow = flow;
    }

    PhaseResult run(String name, int rate, int seconds, int maxInFlight) throws InterruptedException {
        long start = System.nanoTime() + START_DELAY_NANOS;
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long scheduled = (long) rate * seconds;
        PhaseRecorder recorder = new PhaseRecorder(name, true, start);
        Semaphore slots = new Semaphore(maxInFlight);
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        for (long i = 0; i < scheduled; i++) {
            long intended = intendedSendTime(start, i, rate);
            parkUntil(intended);
            if (!slots.tryAcquire(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                recorder.notSent(scheduled - i);
                break;
            }
            long sentAt = System.nanoTime();
            recorder.sent();
            answers.add(client.place(flow.next()).thenAccept(outcome -> {
                recorder.record(outcome, intended, sentAt, System.nanoTime());
                slots.release();
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        return recorder.result(scheduled);
    }

    /** When order {@code i} of a schedule at {@code rate} per second starting at {@code start} should leave. */
    static long intendedSendTime(long start, long i, int rate) {
        return start + i * TimeUnit.SECONDS.toNanos(1) / rate;
    }

    private static void parkUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
