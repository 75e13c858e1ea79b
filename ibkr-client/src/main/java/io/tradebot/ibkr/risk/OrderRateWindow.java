package io.tradebot.ibkr.risk;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each strategy's recent orders passed risk, in real (wall-clock) time: the rate limit protects
 * the broker connection, which lives in real time whatever the replay speed. Kept in memory; a restart
 * starts every strategy with a clean minute.
 */
@ApplicationScoped
public class OrderRateWindow {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> byStrategy = new ConcurrentHashMap<>();

    /** How many of the strategy's orders passed within the last minute before {@code now}: the window's size, no copy. */
    public int count(String strategy, Instant now) {
        Deque<Instant> times = byStrategy.get(strategy);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            return times.size();
        }
    }

    /** Records an order of {@code strategy} that passed risk at {@code at}. */
    public void record(String strategy, Instant at) {
        Deque<Instant> times = byStrategy.computeIfAbsent(strategy, s -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(at);
            prune(times, at);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(KEEP);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
