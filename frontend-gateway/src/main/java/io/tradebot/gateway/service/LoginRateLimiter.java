package io.tradebot.gateway.service;

import io.quarkus.scheduler.Scheduled;
import io.tradebot.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window log per client IP: an attempt is allowed when fewer than the limit were made in the
 * last 60 seconds. In memory, per gateway instance; idle IPs are forgotten every minute.
 */
@ApplicationScoped
public class LoginRateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    @Inject
    public LoginRateLimiter(GatewayConfig config) {
        this(config.loginAttemptsPerMinute(), Clock.systemUTC());
    }

    LoginRateLimiter(int limit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("tradebot.gateway.login-attempts-per-minute must be at least 1");
        }
        this.limit = limit;
        this.clock = clock;
    }

    /** Records an attempt by {@code clientIp}; empty when allowed, else how long until one would be. */
    public Optional<Duration> tryAcquire(String clientIp) {
        Instant now = clock.instant();
        Duration[] wait = new Duration[1];
        // compute() runs atomically per key, so concurrent attempts from one IP are counted exactly.
        attempts.compute(clientIp, (ip, window) -> {
            Deque<Instant> log = window == null ? new ArrayDeque<>() : window;
            forgetBefore(log, now.minus(WINDOW));
            if (log.size() >= limit) {
                wait[0] = Duration.between(now, log.peekFirst().plus(WINDOW));
            } else {
                log.addLast(now);
            }
            return log;
        });
        return Optional.ofNullable(wait[0]);
    }

    /** Drops the IPs that made no attempt within the window, so the map does not grow without bound. */
    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        Instant cutoff = clock.instant().minus(WINDOW);
        for (String ip : attempts.keySet()) {
            attempts.computeIfPresent(ip, (key, log) -> {
                forgetBefore(log, cutoff);
                return log.isEmpty() ? null : log;
            });
        }
    }

    /** How many client IPs are being tracked. */
    int trackedClients() {
        return attempts.size();
    }

    private static void forgetBefore(Deque<Instant> log, Instant cutoff) {
        while (!log.isEmpty() && !log.peekFirst().isAfter(cutoff)) {
            log.removeFirst();
        }
    }
}
