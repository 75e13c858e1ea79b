package io.tradebot.ibkr.adapters.sim;

import io.tradebot.common.market.Session;
import io.tradebot.ibkr.marketdata.TradingHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Replays trading days only: each is a window 09:00–16:30 New York time (PRE until 09:30, REGULAR
 * until 16:00, POST until 16:30) and at 16:30 the clock jumps to 09:00 of the next trading day.
 * Simulated time elapses {@code speed} times faster than the real clock it is given. After the last
 * day's 16:30 it stays there, CLOSED. It can resume at an instant (where a stored book left off): it
 * then starts there instead of at 09:00 of the first day, or at 09:00 of the next trading day when
 * that instant falls outside a day's window.
 */
public final class ReplayClock {

    /** Length of one replayed trading day. */
    static final Duration WINDOW = Duration.between(TradingHours.PRE_OPEN, TradingHours.POST_CLOSE);
    private static final long WINDOW_NANOS = WINDOW.toNanos();
    private static final long PRE_NANOS = Duration.between(TradingHours.PRE_OPEN, TradingHours.OPEN).toNanos();
    private static final long REGULAR_END_NANOS = Duration.between(TradingHours.PRE_OPEN, TradingHours.CLOSE).toNanos();

    private final List<LocalDate> days;
    private final double speed;
    private final Clock realClock;
    private final Instant realStart;
    private final long startNanos;

    /**
     * @param tradingDays the trading days, ascending
     * @param from        the first day to replay; the next trading day when it is not one
     * @throws IllegalArgumentException when {@code from} is after the data or the speed is not positive
     */
    public ReplayClock(List<LocalDate> tradingDays, LocalDate from, double speed, Clock realClock) {
        this(tradingDays, from, null, speed, realClock);
    }

    /**
     * @param resumeAt where to start, when later than 09:00 of {@code from}'s first trading day; null to start there
     * @throws IllegalArgumentException when {@code from} is after the data or the speed is not positive
     */
    public ReplayClock(List<LocalDate> tradingDays, LocalDate from, Instant resumeAt, double speed, Clock realClock) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("tradebot.ibkr.sim.speed must be a positive number, was " + speed);
        }
        if (tradingDays.isEmpty()) {
            throw new IllegalArgumentException("there is no market data to replay");
        }
        LocalDate first = tradingDays.getFirst();
        LocalDate last = tradingDays.getLast();
        if (from.isBefore(first) || from.isAfter(last)) {
            throw new IllegalArgumentException("tradebot.ibkr.sim.from=" + from + " is outside the market data, which covers "
                    + first + " to " + last);
        }
        this.days = tradingDays.stream().filter(day -> !day.isBefore(from)).toList();
        this.speed = speed;
        this.realClock = realClock;
        this.realStart = realClock.instant();
        this.startNanos = resumeAt == null ? 0 : offsetOf(resumeAt);
    }

    /** Simulated nanoseconds from 09:00 of the first day to {@code instant}, counting replayed windows only. */
    private long offsetOf(Instant instant) {
        LocalDate date = TradingHours.dateOf(instant);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            if (day.isBefore(date)) {
                continue;
            }
            long intoDay = Duration.between(TradingHours.at(day, TradingHours.PRE_OPEN), instant).toNanos();
            if (day.isAfter(date) || intoDay < 0) {
                return i * WINDOW_NANOS;
            }
            if (intoDay < WINDOW_NANOS) {
                return i * WINDOW_NANOS + intoDay;
            }
        }
        return days.size() * WINDOW_NANOS;
    }

    /** The first trading day replayed. */
    public LocalDate firstDay() {
        return days.getFirst();
    }

    /** True when the clock resumed past 09:00 of its first day. */
    public boolean resumed() {
        return startNanos > 0;
    }

    public double speed() {
        return speed;
    }

    /** The simulated instant now and its session, read together. */
    public Reading read() {
        long elapsed = Math.max(0, Duration.between(realStart, realClock.instant()).toNanos());
        double simulated = startNanos + elapsed * speed;
        long windowsPassed = (long) Math.floor(simulated / WINDOW_NANOS);
        if (windowsPassed >= days.size()) {
            return new Reading(TradingHours.at(days.getLast(), TradingHours.POST_CLOSE), Session.CLOSED);
        }
        long offset = Math.min(WINDOW_NANOS - 1, Math.max(0, (long) (simulated - (double) windowsPassed * WINDOW_NANOS)));
        LocalDate day = days.get((int) windowsPassed);
        return new Reading(TradingHours.at(day, TradingHours.PRE_OPEN).plusNanos(offset), sessionAt(offset));
    }

    private static Session sessionAt(long offsetNanos) {
        if (offsetNanos < PRE_NANOS) {
            return Session.PRE;
        }
        return offsetNanos < REGULAR_END_NANOS ? Session.REGULAR : Session.POST;
    }

    /** A simulated instant and the session it falls in. */
    public record Reading(Instant now, Session session) {
    }
}
