package io.tradebot.gateway.service;

import io.tradebot.common.problem.Problem;
import io.tradebot.common.problem.ProblemException;
import java.time.Duration;

/** Too many login attempts from one client IP; says when the next one would be allowed. */
public class LoginRateLimitedException extends ProblemException {

    private final long retryAfterSeconds;

    public LoginRateLimitedException(Duration wait) {
        super(Problem.of(429, "Too many login attempts; try again in " + seconds(wait) + " seconds"));
        this.retryAfterSeconds = seconds(wait);
    }

    /** Whole seconds until an attempt would be allowed, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
