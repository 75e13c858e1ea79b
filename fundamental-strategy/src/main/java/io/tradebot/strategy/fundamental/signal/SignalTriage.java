package io.tradebot.strategy.fundamental.signal;

import io.tradebot.common.market.Session;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which NEW entries one poll looks at: only before or during a regular session (a MARKET order is refused after the
 * close), only entries whose trade date has closed (before today), oldest trade date first and, within a date, best
 * score first (the order the daily cap takes them in).
 */
public final class SignalTriage {

    private static final Comparator<WatchlistSignal> OLDEST_DATE_BEST_FIRST = Comparator
            .comparing(WatchlistSignal::tradeDate)
            .thenComparing(WatchlistSignal::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(WatchlistSignal::symbol);

    private SignalTriage() {
    }

    /** The entries to decide on now, in the order to decide them; the others wait. */
    public static List<WatchlistSignal> due(LocalDate today, Session session, List<WatchlistSignal> fresh) {
        if (!canEnter(session)) {
            return List.of();
        }
        return fresh.stream().filter(s -> s.tradeDate().isBefore(today)).sorted(OLDEST_DATE_BEST_FIRST).toList();
    }

    /** Orders go in before or during the regular session, never after the close. */
    public static boolean canEnter(Session session) {
        return session == Session.PRE || session == Session.REGULAR;
    }
}
