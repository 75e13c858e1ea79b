package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlowBurstsTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    /**
     * Requests every 5 ms for {@code millis}, each answered in 3 ms, except that nothing is answered while a freeze of
     * {@code freezeMs} lasts, one starting every {@code everyMs} from {@code firstMs}: what froze is answered when it ends.
     */
    private static List<RequestTiming> schedule(long millis, long firstMs, long everyMs, long freezeMs) {
        List<RequestTiming> timings = new ArrayList<>();
        for (long at = 0; at < millis; at += 5) {
            long done = at + 3;
            long sinceFreeze = at - firstMs;
            if (everyMs > 0 && sinceFreeze >= 0) {
                long freezeStart = firstMs + sinceFreeze / everyMs * everyMs;
                if (done > freezeStart && at < freezeStart + freezeMs) {
                    done = Math.max(done, freezeStart + freezeMs);
                }
            }
            timings.add(new RequestTiming(at * MS, at * MS, done * MS, "201 ACCEPTED"));
        }
        return timings;
    }

    @Test
    void findsFreezesAtASteadySpacingAsOneBurstEach() {
        // 3 s at 200/s; 40 ms freezes every 540 ms from 100 ms: at 100, 640, 1180, 1720, 2260, 2800
        SlowBursts bursts = SlowBursts.of(schedule(3000, 100, 540, 40), 10);

        assertThat(bursts.requests()).isEqualTo(600);
        assertThat(bursts.bursts()).isEqualTo(6);
        assertThat(bursts.periodMs()).isEqualTo(540);
        assertThat(bursts.periodic()).isEqualTo(5);
        // the requests meant to leave at freezeStart - 0 .. + 25 waited more than 10 ms: 6 in each freeze
        assertThat(bursts.slow()).isEqualTo(36);
        assertThat(bursts.largestBurst()).isEqualTo(6);
        assertThat(bursts.largestBurstMs()).isCloseTo(40.0, within(0.001));
        assertThat(bursts.describe()).isEqualTo(
                "36 of 600 requests over 10 ms (6.0%), in 6 bursts; 5 of them followed by another 540 ms later; the largest: 6 requests"
                        + " over 40 ms");
    }

    @Test
    void saysSoWhenNoRequestWasSlow() {
        SlowBursts bursts = SlowBursts.of(schedule(1000, 0, 0, 0), 10);

        assertThat(bursts.slow()).isZero();
        assertThat(bursts.bursts()).isZero();
        assertThat(bursts.periodMs()).isNull();
        assertThat(bursts.describe()).isEqualTo("none of 200 requests over 10 ms");
    }

    @Test
    void keepsSlowRequestsMoreThanATenthOfASecondApartInBurstsOfTheirOwn() {
        List<RequestTiming> timings = List.of(
                new RequestTiming(0, 0, 20 * MS, "201 ACCEPTED"),
                new RequestTiming(100 * MS, 100 * MS, 120 * MS, "201 ACCEPTED"),
                new RequestTiming(201 * MS, 201 * MS, 221 * MS, "201 ACCEPTED"),
                new RequestTiming(250 * MS, 250 * MS, 252 * MS, "201 ACCEPTED"));

        SlowBursts bursts = SlowBursts.of(timings, 10);

        assertThat(bursts.slow()).isEqualTo(3);
        assertThat(bursts.bursts()).isEqualTo(2);
        assertThat(bursts.largestBurst()).isEqualTo(2);
        assertThat(bursts.largestBurstMs()).isCloseTo(120.0, within(0.001));
        assertThat(bursts.periodMs()).isNull();
    }

    @Test
    void picksThePeriodMostBurstsFollowWhenTwoCausesInterleave() {
        // freezes every 540 ms, and a second cause once a second at 300 ms into each second: 11 and 6 bursts in 6 s, a
        // few of them merged into one (so started earlier), which the tolerance absorbs
        List<RequestTiming> timings = new ArrayList<>(schedule(6000, 100, 540, 40));
        timings.replaceAll(timing -> (timing.intendedNanos() / MS) % 1000 == 300
                ? new RequestTiming(timing.intendedNanos(), timing.sentNanos(), timing.intendedNanos() + 25 * MS, timing.outcome())
                : timing);

        SlowBursts bursts = SlowBursts.of(timings, 10);

        assertThat(bursts.periodMs()).isBetween(540 - SlowBursts.PERIOD_TOLERANCE_MILLIS, 540 + SlowBursts.PERIOD_TOLERANCE_MILLIS);
        assertThat(bursts.periodic()).isGreaterThanOrEqualTo(8);
    }
}
