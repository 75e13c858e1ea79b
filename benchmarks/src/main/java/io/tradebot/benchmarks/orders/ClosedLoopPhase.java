package io.tradebot.benchmarks.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps {@code concurrency} requests in flight for the phase's time, each worker sending its next order as
 * soon as the previous one is answered (a closed loop): the most orders per second the service accepts.
 * Its latencies are service times only, since a closed loop waits for the service by construction.
 */
final class ClosedLoopPhase {

    private final OrderClient client;
    private final OrderFlow flow;

    ClosedLoopPhase(OrderClient client, OrderFlow flow) {
        this.client = client;
        this.flow = flow;
    }

    PhaseResult run(String name, int concurrency, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        PhaseRecorder recorder = new PhaseRecorder(name, false, start);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(Thread.ofPlatform().name("closed-loop-" + w).start(() -> {
                while (System.nanoTime() < end) {
                    long sentAt = System.nanoTime();
                    recorder.sent();
                    Outcome outcome = client.place(flow.next()).join();
                    recorder.record(outcome, sentAt, sentAt, System.nanoTime());
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return recorder.result(recorder.sentCount());
    }
}
