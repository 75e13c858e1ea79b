package io.tradebot.ibkr.adapters.sim;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.QuoteView;
import io.tradebot.ibkr.marketdata.QuoteSpread;
import io.tradebot.ibkr.marketdata.SessionBars;
import io.tradebot.strategy.marketdata.BarAggregation;
import io.tradebot.strategy.marketdata.IntradayBar;
import io.tradebot.strategy.marketdata.RegularSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Intraday bars and quotes of the {@code sim} adapter, cut off at the instant asked about. */
@ApplicationScoped
public class SimIntraday {

    private final SessionBars sessions;

    public SimIntraday(SessionBars sessions) {
        this.sessions = sessions;
    }

    /** True when there are minute bars, recorded or derived, of {@code symbol}. */
    public boolean knows(String symbol) {
        return sessions.knows(symbol);
    }

    /** See {@link io.tradebot.ibkr.broker.MarketData#intradayBars}. */
    public List<BarView> bars(String symbol, Duration size, Instant from, Instant to, Instant asOf) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        String label = size.toMinutes() + "min";
        boolean derived = sessions.derived(symbol);
        List<BarView> result = new ArrayList<>();
        for (LocalDate date : sessions.dates(symbol, dateOf(from), dateOf(to.minusNanos(1)))) {
            if (RegularSession.open(date).isAfter(asOf)) {
                break;
            }
            List<IntradayBar> minutes = sessions.minutes(symbol, date);
            List<IntradayBar> sized = size.toMinutes() == 1 ? minutes : BarAggregation.aggregate(minutes, size);
            sized.stream()
                    .filter(bar -> !bar.start().isBefore(from) && bar.start().isBefore(to))
                    .filter(bar -> !bar.start().plus(size).isAfter(asOf))
                    .forEach(bar -> result.add(new BarView(bar.start(), label, bar.open(), bar.high(), bar.low(),
                            bar.close(), bar.volume(), derived)));
        }
        return result;
    }

    /**
     * The last trade is the close of the last minute bar completed by {@code asOf}; volume is the sum of
     * the completed minutes of {@code asOf}'s session (0 before its first completed minute, when the last
     * trade is the previous session's last bar).
     */
    public Optional<QuoteView> quote(String symbol, Instant asOf) {
        LocalDate today = dateOf(asOf);
        List<IntradayBar> done = completed(sessions.minutes(symbol, today), asOf);
        long volume = done.stream().mapToLong(IntradayBar::volume).sum();
        LocalDate day = today;
        while (done.isEmpty()) {
            day = sessions.dateBefore(symbol, day);
            if (day == null) {
                return Optional.empty();
            }
            done = completed(sessions.minutes(symbol, day), asOf);
        }
        IntradayBar last = done.getLast();
        return Optional.of(new QuoteView(symbol, asOf, last.start().plusSeconds(60), last.close(),
                QuoteSpread.bid(last.close()), QuoteSpread.ask(last.close()), volume, sessions.derived(symbol)));
    }

    private static List<IntradayBar> completed(List<IntradayBar> minutes, Instant asOf) {
        return minutes.stream().filter(bar -> !bar.start().plusSeconds(60).isAfter(asOf)).toList();
    }

    private static LocalDate dateOf(Instant instant) {
        return instant.atZone(RegularSession.ZONE).toLocalDate();
    }
}
