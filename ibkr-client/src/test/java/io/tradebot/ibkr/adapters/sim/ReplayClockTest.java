package io.tradebot.ibkr.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.common.market.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayClockTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // Thu 4, Fri 5, then Mon 8 and Tue 9 January 2018
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2018, 1, 4), LocalDate.of(2018, 1, 5),
            LocalDate.of(2018, 1, 8), LocalDate.of(2018, 1, 9));

    private final MovableClock real = new MovableClock();

    private static Instant newYork(int day, int hour, int minute) {
        return ZonedDateTime.of(2018, 1, day, hour, minute, 0, 0, NEW_YORK).toInstant();
    }

    /** Advances the real clock by {@code simulated} at the given speed. */
    private void advance(Duration simulated, double speed) {
        real.now = real.now.plusNanos((long) (simulated.toNanos() / speed));
    }

    @Test
    void startsAtNineOnTheFromDateInThePreMarket() {
        ReplayClock clock = new ReplayClock(DAYS, LocalDate.of(2018, 1, 5), 60, real);
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(5, 9, 0), Session.PRE));
    }

    @Test
    void resumesAtTheInstantABookLeftOffAndRunsOnFromThere() {
        ReplayClock clock = new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), newYork(5, 11, 15), 60, real);
        assertThat(clock.resumed()).isTrue();
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(5, 11, 15), Session.REGULAR));
        advance(Duration.ofMinutes(315), 60); // 11:15 + 5 h 15 min = 16:30: the next trading day opens
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(8, 9, 0), Session.PRE));
    }

    @Test
    void resumesAtNineOfTheNextTradingDayWhenTheBookStoppedOutsideADaysWindow() {
        // Friday 17:00 (after the window) and Saturday both resume on Monday 09:00
        assertThat(new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), newYork(5, 17, 0), 60, real).read())
                .isEqualTo(new ReplayClock.Reading(newYork(8, 9, 0), Session.PRE));
        assertThat(new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), newYork(6, 12, 0), 60, real).read().now())
                .isEqualTo(newYork(8, 9, 0));
        // before 09:00 of a trading day: that day's 09:00
        assertThat(new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), newYork(8, 7, 0), 60, real).read().now())
                .isEqualTo(newYork(8, 9, 0));
    }

    @Test
    void aBookOlderThanTheFromDateDoesNotMoveTheStartAndOneBeyondTheDataEndsClosed() {
        ReplayClock older = new ReplayClock(DAYS, LocalDate.of(2018, 1, 8), newYork(4, 12, 0), 60, real);
        assertThat(older.resumed()).isFalse();
        assertThat(older.read()).isEqualTo(new ReplayClock.Reading(newYork(8, 9, 0), Session.PRE));
        assertThat(new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), newYork(10, 12, 0), 60, real).read())
                .isEqualTo(new ReplayClock.Reading(newYork(9, 16, 30), Session.CLOSED));
    }

    @Test
    void advancesSpeedTimesFasterThanRealTime() {
        ReplayClock clock = new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), 60, real);
        real.now = real.now.plusSeconds(60); // one real minute = one simulated hour
        assertThat(clock.read().now()).isEqualTo(newYork(4, 10, 0));
    }

    @Test
    void movesThroughPreRegularAndPostSessions() {
        ReplayClock clock = new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), 60, real);
        advance(Duration.ofMinutes(29), 60);
        assertThat(clock.read().session()).isEqualTo(Session.PRE);
        advance(Duration.ofMinutes(1), 60);
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(4, 9, 30), Session.REGULAR));
        advance(Duration.ofMinutes(389), 60);
        assertThat(clock.read().session()).isEqualTo(Session.REGULAR);
        advance(Duration.ofMinutes(1), 60);
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(4, 16, 0), Session.POST));
    }

    @Test
    void jumpsFromHalfPastFourToNineOnTheNextTradingDay() {
        ReplayClock clock = new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), 60, real);
        advance(Duration.ofMinutes(449), 60);
        assertThat(clock.read().now()).isEqualTo(newYork(4, 16, 29));
        advance(Duration.ofMinutes(1), 60);
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(5, 9, 0), Session.PRE));
    }

    @Test
    void skipsTheWeekend() {
        ReplayClock clock = new ReplayClock(DAYS, LocalDate.of(2018, 1, 5), 60, real);
        advance(Duration.ofMinutes(450 + 45), 60);
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(8, 9, 45), Session.REGULAR));
    }

    @Test
    void startsOnTheNextTradingDayWhenFromIsNotOne() {
        ReplayClock clock = new ReplayClock(DAYS, LocalDate.of(2018, 1, 6), 60, real);
        assertThat(clock.firstDay()).isEqualTo(LocalDate.of(2018, 1, 8));
        assertThat(clock.read().now()).isEqualTo(newYork(8, 9, 0));
    }

    @Test
    void staysClosedAtTheLastDaysEndAfterTheData() {
        ReplayClock clock = new ReplayClock(DAYS, LocalDate.of(2018, 1, 9), 60, real);
        advance(Duration.ofMinutes(450), 60);
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(9, 16, 30), Session.CLOSED));
        advance(Duration.ofDays(30), 60);
        assertThat(clock.read()).isEqualTo(new ReplayClock.Reading(newYork(9, 16, 30), Session.CLOSED));
    }

    @Test
    void keepsNewYorkWallTimesAcrossTheDaylightSavingChange() {
        List<LocalDate> march = List.of(LocalDate.of(2018, 3, 9), LocalDate.of(2018, 3, 12));
        ReplayClock clock = new ReplayClock(march, LocalDate.of(2018, 3, 9), 60, real);
        advance(Duration.ofMinutes(450 + 30), 60);
        assertThat(clock.read().now()).isEqualTo(Instant.parse("2018-03-12T13:30:00Z"));
    }

    @Test
    void refusesAFromDateOutsideTheData() {
        assertThatThrownBy(() -> new ReplayClock(DAYS, LocalDate.of(2018, 1, 10), 60, real))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tradebot.ibkr.sim.from=2018-01-10").hasMessageContaining("2018-01-04 to 2018-01-09");
        assertThatThrownBy(() -> new ReplayClock(DAYS, LocalDate.of(2017, 12, 29), 60, real))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASpeedThatIsNotPositive() {
        assertThatThrownBy(() -> new ReplayClock(DAYS, LocalDate.of(2018, 1, 4), 0, real))
                .hasMessageContaining("tradebot.ibkr.sim.speed");
    }

    /** A real-time clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2030-05-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
