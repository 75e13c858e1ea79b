package io.tradebot.ibkr.order;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs many callers' writes as one: a caller hands in an item and waits for its result; one writer thread
 * takes every item waiting (up to {@code maxBatch}) and runs them through {@code batch} together, in one
 * transaction, so concurrent orders share a commit instead of paying one each. It never waits for more
 * items to arrive: a lone item is written at once. When a batch fails, each of its items is run again on
 * its own, so one bad item (a duplicate key, say) fails alone and the others still succeed; hence
 * {@code batch} must leave nothing behind when it throws (a rolled-back transaction), and work that must
 * never run twice (sending to the broker) must not throw but answer a failure per item.
 *
 * <p>Each stage reports, tagged {@code stage=name}: {@code tradebot.group.commit.wait} (how long an item waited for its
 * batch to start), {@code tradebot.group.commit.write} (how long a batch took) and {@code tradebot.group.commit.size}
 * (items per batch).
 *
 * @param <I> what a caller hands in
 * @param <O> what it gets back; {@code batch} returns one per item, in the items' order
 */
public final class GroupCommit<I, O> implements AutoCloseable {

    private final String name;
    private final Function<List<I>, List<O>> batch;
    private final int maxBatch;
    private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Timer waits;
    private final Timer writes;
    private final DistributionSummary sizes;
    private volatile boolean closed;

    /** A stage whose figures go nowhere (for tests). */
    public GroupCommit(String name, int maxBatch, Function<List<I>, List<O>> batch) {
        this(name, maxBatch, batch, new SimpleMeterRegistry());
    }

    public GroupCommit(String name, int maxBatch, Function<List<I>, List<O>> batch, MeterRegistry metrics) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, was " + maxBatch);
        }
        this.name = name;
        this.maxBatch = maxBatch;
        this.batch = batch;
        this.waits = Timer.builder("tradebot.group.commit.wait").tag("stage", name).publishPercentiles(0.5, 0.99)
                .description("How long an item waited for its batch to start").register(metrics);
        this.writes = Timer.builder("tradebot.group.commit.write").tag("stage", name).publishPercentiles(0.5, 0.99)
                .description("How long one batch took").register(metrics);
        this.sizes = DistributionSummary.builder("tradebot.group.commit.size").tag("stage", name)
                .description("Items per batch").register(metrics);
        this.writer = Thread.ofPlatform().name(name).daemon(true).start(this::writeUntilClosed);
    }

    private record Pending<I, O>(I item, CompletableFuture<O> result, long queuedAt) {
    }

    /**
     * Writes {@code item} with whatever else is waiting and returns its result once the batch that held it is
     * done; rethrows the item's own failure. Waits uninterruptibly: the write may already be under way.
     */
    public O submit(I item) {
        if (closed) {
            throw new IllegalStateException(name + " is shut down");
        }
        Pending<I, O> pending = new Pending<>(item, new CompletableFuture<>(), System.nanoTime());
        queue.add(pending);
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** How many items wait for the next batch. */
    public int queued() {
        return queue.size();
    }

    private void writeUntilClosed() {
        List<Pending<I, O>> taken = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<I, O> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                queue.drainTo(taken, maxBatch - 1);
                write(taken);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // never reached by a batch's own failure (write settles every item); kept so the writer survives anything
                Log.errorf(e, "%s: unexpected failure", name);
                taken.forEach(pending -> pending.result().completeExceptionally(e));
            } finally {
                taken.clear();
            }
        }
    }

    /** Writes {@code taken}, times it, then answers the callers (so the figures are in before anyone hears back). */
    private void write(List<Pending<I, O>> taken) {
        long start = System.nanoTime();
        taken.forEach(pending -> waits.record(start - pending.queuedAt(), TimeUnit.NANOSECONDS));
        sizes.record(taken.size());
        List<Runnable> answers = new ArrayList<>(taken.size());
        try {
            writeBatch(taken, answers);
        } finally {
            writes.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            answers.forEach(Runnable::run);
        }
    }

    private void writeBatch(List<Pending<I, O>> taken, List<Runnable> answers) {
        List<O> results;
        try {
            results = batch.apply(taken.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            if (taken.size() == 1) {
                answers.add(() -> taken.get(0).result().completeExceptionally(e));
                return;
            }
            Log.debugf("%s: a batch of %d failed (%s); writing its items one by one", name, taken.size(), e.toString());
            taken.forEach(pending -> writeAlone(pending, answers));
            return;
        }
        answer(taken, results, answers);
    }

    private void writeAlone(Pending<I, O> pending, List<Runnable> answers) {
        List<O> result;
        try {
            result = batch.apply(List.of(pending.item()));
        } catch (RuntimeException e) {
            answers.add(() -> pending.result().completeExceptionally(e));
            return;
        }
        answer(List.of(pending), result, answers);
    }

    private static <I, O> void answer(List<Pending<I, O>> taken, List<O> results, List<Runnable> answers) {
        if (results.size() != taken.size()) {
            throw new IllegalStateException("a batch of " + taken.size() + " returned " + results.size() + " results");
        }
        for (int i = 0; i < taken.size(); i++) {
            Pending<I, O> pending = taken.get(i);
            O result = results.get(i);
            answers.add(() -> pending.result().complete(result));
        }
    }

    /** Stops taking items; what is already queued is still written. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
