package io.tradebot.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2024-03-04T14:30:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginRateLimiter limiter = new LoginRateLimiter(3, clock);

    @Test
    void allowsTheLimitThenRefusesWithTheWaitUntilTheOldestAttemptLeavesTheWindow() {
        assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
        assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();

        assertThat(limiter.tryAcquire("10.0.0.1")).contains(Duration.ofSeconds(50));
    }

    @Test
    void slidesTheWindowRatherThanResettingItEachMinute() {
        limiter.tryAcquire("10.0.0.1");
        clock.advance(Duration.ofSeconds(30));
        limiter.tryAcquire("10.0.0.1");
        limiter.tryAcquire("10.0.0.1");
        clock.advance(Duration.ofSeconds(31));

        assertThat(limiter.tryAcquire("10.0.0.1")).as("the first attempt left the window").isEmpty();
        assertThat(limiter.tryAcquire("10.0.0.1")).as("three in the last minute").isPresent();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        for (int i = 0; i < 20; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(61));

        assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
    }

    @Test
    void countsEachClientIpSeparately() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("10.0.0.1");
        }

        assertThat(limiter.tryAcquire("10.0.0.1")).isPresent();
        assertThat(limiter.tryAcquire("10.0.0.2")).isEmpty();
    }

    @Test
    void forgetsClientsIdleForAMinute() {
        limiter.tryAcquire("10.0.0.1");
        limiter.tryAcquire("10.0.0.2");
        clock.advance(Duration.ofSeconds(30));
        limiter.tryAcquire("10.0.0.2");
        clock.advance(Duration.ofSeconds(31));

        limiter.forgetIdleClients();

        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThatThrownBy(() -> new LoginRateLimiter(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
