package io.tradebot.ibkr.marketdata;

import io.tradebot.strategy.marketdata.IntradayBar;
import io.tradebot.strategy.marketdata.RegularSession;
import io.tradebot.strategy.marketdata.VolumeProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recorded regular-session minute bars per symbol and New York date, and the intraday volume profile
 * averaged over all of those sessions.
 */
public final class IntradayHistory {

    private final Map<String, NavigableMap<LocalDate, List<IntradayBar>>> sessions = new TreeMap<>();
    private final VolumeProfile profile;

    /** @param barsBySymbol regular-session minute bars of each symbol, ascending */
    public IntradayHistory(Map<String, List<IntradayBar>> barsBySymbol) {
        barsBySymbol.forEach((symbol, bars) -> {
            NavigableMap<LocalDate, List<IntradayBar>> days = sessions.computeIfAbsent(symbol, s -> new TreeMap<>());
            bars.forEach(bar -> days.computeIfAbsent(bar.start().atZone(RegularSession.ZONE).toLocalDate(),
                    d -> new ArrayList<>()).add(bar));
        });
        this.profile = VolumeProfile.fromSessions(sessions.values().stream().flatMap(days -> days.values().stream()).toList());
    }

    /** The symbols with recorded minute bars. */
    public Set<String> symbols() {
        return sessions.keySet();
    }

    public boolean knows(String symbol) {
        return sessions.containsKey(symbol);
    }

    /** The New York dates with recorded bars of {@code symbol}, {@code from}..{@code to} inclusive, ascending. */
    public List<LocalDate> dates(String symbol, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, List<IntradayBar>> days = sessions.get(symbol);
        return days == null || from.isAfter(to) ? List.of() : List.copyOf(days.subMap(from, true, to, true).keySet());
    }

    /** The last date before {@code date} with recorded bars of {@code symbol}, or null. */
    public LocalDate dateBefore(String symbol, LocalDate date) {
        NavigableMap<LocalDate, List<IntradayBar>> days = sessions.get(symbol);
        return days == null ? null : days.lowerKey(date);
    }

    /** The first date on or after {@code date} with recorded bars of {@code symbol}, or null. */
    public LocalDate dateOnOrAfter(String symbol, LocalDate date) {
        NavigableMap<LocalDate, List<IntradayBar>> days = sessions.get(symbol);
        return days == null ? null : days.ceilingKey(date);
    }

    /** The recorded regular-session bars of {@code symbol} on {@code date}, ascending; empty when none. */
    public List<IntradayBar> session(String symbol, LocalDate date) {
        NavigableMap<LocalDate, List<IntradayBar>> days = sessions.get(symbol);
        return days == null ? List.of() : List.copyOf(days.getOrDefault(date, List.of()));
    }

    /** The average share of a session's volume per minute over every recorded session. */
    public VolumeProfile profile() {
        return profile;
    }
}
