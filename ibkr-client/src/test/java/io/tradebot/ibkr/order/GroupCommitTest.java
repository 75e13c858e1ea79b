package io.tradebot.ibkr.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private GroupCommit<String, String> commit;

    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    /**
     * A group commit whose batch holding "first" blocks until {@link #releaseFirst}, so items submitted meanwhile
     * queue up; every batch is recorded, then answered by {@code write}. Returns the caller of "first".
     */
    private Future<String> startBlockedOnFirst(int maxBatch, Function<List<String>, List<String>> write) throws InterruptedException {
        commit = new GroupCommit<>("test", maxBatch, items -> {
            batches.add(items);
            if (items.contains("first")) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return write.apply(items);
        });
        Future<String> first = callers.submit(() -> commit.submit("first"));
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        if (commit != null) {
            commit.close();
        }
    }

    @Test
    void writesTheItemsThatArriveWhileABatchIsBeingWrittenAsTheNextBatch() throws Exception {
        Future<String> first = startBlockedOnFirst(100, items -> items.stream().map(item -> item + ":written").toList());
        List<Future<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String item = "item" + i;
            waiting.add(callers.submit(() -> commit.submit(item)));
        }
        awaitQueued(5);
        releaseFirst.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first:written");
        for (int i = 0; i < 5; i++) {
            assertThat(waiting.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("item" + i + ":written");
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly("first");
        assertThat(batches.get(1)).containsExactlyInAnyOrder("item0", "item1", "item2", "item3", "item4");
    }

    @Test
    void writesALoneItemAtOnceWithoutWaitingForOthers() {
        commit = new GroupCommit<>("test", 100, items -> {
            batches.add(items);
            return items;
        });

        assertThat(commit.submit("alone")).isEqualTo("alone");
        assertThat(batches).containsExactly(List.of("alone"));
    }

    @Test
    void neverPutsMoreThanTheLargestBatchIntoOne() throws Exception {
        Future<String> first = startBlockedOnFirst(3, items -> items);
        List<Future<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String item = "item" + i;
            waiting.add(callers.submit(() -> commit.submit(item)));
        }
        awaitQueued(7);
        releaseFirst.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<String> item : waiting) {
            item.get(5, TimeUnit.SECONDS);
        }

        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(3));
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(8);
    }

    @Test
    void retriesAFailedBatchItemByItemSoOnlyTheBadItemFailsWithItsOwnException() throws Exception {
        Future<String> first = startBlockedOnFirst(100, items -> {
            if (items.contains("bad")) {
                throw new IllegalArgumentException("bad item");
            }
            return items.stream().map(String::toUpperCase).toList();
        });
        Future<String> good = callers.submit(() -> commit.submit("good"));
        Future<String> bad = callers.submit(() -> commit.submit("bad"));
        Future<String> other = callers.submit(() -> commit.submit("other"));
        awaitQueued(3);
        releaseFirst.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("FIRST");
        assertThat(good.get(5, TimeUnit.SECONDS)).isEqualTo("GOOD");
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("OTHER");
        assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad item");
        // the failed batch of three, then each of its items alone
        assertThat(batches.subList(1, batches.size())).hasSize(4);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("good", "bad", "other");
        assertThat(batches.subList(2, 5)).containsExactlyInAnyOrder(List.of("good"), List.of("bad"), List.of("other"));
    }

    @Test
    void reportsEachBatchSizeAndHowLongItemsWaitedAndBatchesTook() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        commit = new GroupCommit<>("measured", 100, items -> {
            sleep(20);
            return items;
        }, metrics);
        commit.submit("one");
        commit.submit("two");

        DistributionSummary sizes = metrics.get("tradebot.group.commit.size").tag("stage", "measured").summary();
        assertThat(sizes.count()).isEqualTo(2);
        assertThat(sizes.totalAmount()).isEqualTo(2.0);
        Timer writes = metrics.get("tradebot.group.commit.write").tag("stage", "measured").timer();
        assertThat(writes.count()).isEqualTo(2);
        assertThat(writes.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(40.0);
        assertThat(metrics.get("tradebot.group.commit.wait").tag("stage", "measured").timer().count()).isEqualTo(2);
    }

    @Test
    void refusesItemsOnceShutDownButWritesWhatWasQueued() {
        commit = new GroupCommit<>("test", 100, items -> items);
        assertThat(commit.submit("before")).isEqualTo("before");
        commit.close();

        assertThatThrownBy(() -> commit.submit("after")).isInstanceOf(IllegalStateException.class).hasMessageContaining("shut down");
    }

    /** Waits until {@code count} items are queued behind the running batch. */
    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (commit.queued() < count) {
            assertThat(System.nanoTime()).as("%d items queued", count).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
