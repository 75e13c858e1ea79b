package io.tradebot.ibkr.adapters.sim;

import io.tradebot.ibkr.marketdata.SessionBars;
import io.tradebot.ibkr.marketdata.TradingHours;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.marketdata.IntradayBar;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bars the simulated exchange matches orders against: the regular-session minute bars of
 * {@link SessionBars} (recorded for SPY, derived from the day's real bar otherwise), one minute each.
 * Sessions are built per symbol and date when an order first needs them and the most recently used
 * {@value #CACHED_SESSIONS} are kept, so the matching loop never rebuilds a whole history.
 */
@ApplicationScoped
public class SimBars {

    /** How many (symbol, date) sessions of minute bars stay built. */
    static final int CACHED_SESSIONS = 128;
    private static final long MINUTE_SECONDS = 60;
    /** How long each bar lasts. */
    static final Duration BAR_LENGTH = Duration.ofSeconds(MINUTE_SECONDS);

    private final SessionBars sessions;
    private final Map<SessionKey, List<Bar>> cache = new LinkedHashMap<>(CACHED_SESSIONS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionKey, List<Bar>> eldest) {
            return size() > CACHED_SESSIONS;
        }
    };

    public SimBars(SessionBars sessions) {
        this.sessions = sessions;
    }

    /**
     * The minute bars of {@code symbol} that start at or after {@code from} and at or before {@code now},
     * ascending, over every session in between (a bar that has opened but not ended is included: a
     * MARKET order may use it). Empty when {@code from} is after {@code now}.
     */
    public List<Bar> window(String symbol, Instant from, Instant now) {
        if (from.isAfter(now)) {
            return List.of();
        }
        List<Bar> window = new ArrayList<>();
        for (LocalDate date : sessions.dates(symbol, TradingHours.dateOf(from), TradingHours.dateOf(now))) {
            for (Bar bar : session(symbol, date)) {
                if (bar.start().isAfter(now)) {
                    break;
                }
                if (!bar.start().isBefore(from)) {
                    window.add(bar);
                }
            }
        }
        return window;
    }

    /**
     * When a DAY order submitted at {@code submittedAt} expires: the 16:00 New York close of the first
     * session of {@code symbol} that closes after the submission (an order submitted during a session works
     * the rest of it; one submitted after the close, before the open or on a day without a session works
     * the next session); null when the data has no such session.
     */
    public Instant dayExpiry(String symbol, Instant submittedAt) {
        LocalDate date = sessions.dateOnOrAfter(symbol, TradingHours.dateOf(submittedAt));
        if (date != null && !TradingHours.close(date).isAfter(submittedAt)) {
            date = sessions.dateOnOrAfter(symbol, date.plusDays(1));
        }
        return date == null ? null : TradingHours.close(date);
    }

    /** How many sessions are built and kept now; at most {@link #CACHED_SESSIONS}. */
    int cachedSessions() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private List<Bar> session(String symbol, LocalDate date) {
        SessionKey key = new SessionKey(symbol, date);
        synchronized (cache) {
            List<Bar> cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // built outside the lock: deriving a session takes a while, and two threads building the same one is harmless
        List<Bar> built = sessions.minutes(symbol, date).stream().map(SimBars::bar).toList();
        synchronized (cache) {
            cache.put(key, built);
        }
        return built;
    }

    private static Bar bar(IntradayBar minute) {
        return new Bar(minute.start(), minute.start().plusSeconds(MINUTE_SECONDS), minute.open(), minute.high(),
                minute.low(), minute.close(), BigDecimal.valueOf(minute.volume()));
    }

    private record SessionKey(String symbol, LocalDate date) {
    }
}
