package io.tradebot.strategy.fundamental.signal;

import io.tradebot.common.market.Session;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Decides what one poll does with the NEW entries: entries for an earlier day are stale and expire
 * (a signal is never traded late); entries for today are entered, best score first, only while the
 * market is in its pre-market or regular session and only up to the daily cap; the rest wait.
 */
public final class SignalTriage {

    private static final Comparator<WatchlistSignal> BEST_FIRST = Comparator
            .comparing(WatchlistSignal::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(WatchlistSignal::symbol);

    private SignalTriage() {
    }

    /**
     * @param today        the clock's trading date
     * @param session      the clock's session
     * @param fresh        the NEW entries
     * @param enteredToday entries already turned into orders today
     * @param maxPerDay    most entries per day
     */
    public static Triage triage(LocalDate today, Session session, List<WatchlistSignal> fresh, long enteredToday,
            int maxPerDay) {
        List<WatchlistSignal> stale = fresh.stream().filter(s -> s.tradeDate().isBefore(today)).toList();
        if (!canEnter(session)) {
            return new Triage(stale, List.of());
        }
        long slots = Math.max(0, maxPerDay - enteredToday);
        List<WatchlistSignal> enter = fresh.stream()
                .filter(s -> s.tradeDate().equals(today))
                .sorted(BEST_FIRST)
                .limit(slots)
                .toList();
        return new Triage(stale, enter);
    }

    /** Entries go in before or during the regular session, never after the close. */
    public static boolean canEnter(Session session) {
        return session == Session.PRE || session == Session.REGULAR;
    }

    /**
     * What to do with the NEW entries this poll; those in neither list wait.
     *
     * @param expire entries for an earlier trading day
     * @param enter  entries to turn into orders now, in this order
     */
    public record Triage(List<WatchlistSignal> expire, List<WatchlistSignal> enter) {
    }
}
