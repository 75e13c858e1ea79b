package io.tradebot.ibkr.marketdata;

import io.tradebot.strategy.marketdata.DailyOhlcv;
import io.tradebot.strategy.marketdata.IntradayBar;
import io.tradebot.strategy.marketdata.MinuteBarModel;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * The regular-session minute bars of a symbol and day: recorded ones where bundled (SPY), otherwise
 * derived from the day's recorded daily bar by {@link MinuteBarModel} with the recorded volume profile.
 * A symbol with recorded minutes is never derived, so each symbol is either all real or all derived.
 */
@Singleton
public class SessionBars {

    private final MarketHistory daily;
    private final IntradayHistory intraday;
    private final MinuteBarModel model;

    public SessionBars(MarketHistory daily, IntradayHistory intraday) {
        this.daily = daily;
        this.intraday = intraday;
        this.model = new MinuteBarModel(intraday.profile());
    }

    /** True when there are minute bars, recorded or derived, of {@code symbol}. */
    public boolean knows(String symbol) {
        return intraday.knows(symbol) || daily.knows(symbol);
    }

    /** True when the minute bars of {@code symbol} are modelled rather than recorded. */
    public boolean derived(String symbol) {
        return !intraday.knows(symbol);
    }

    /** The dates {@code from}..{@code to} (inclusive) that have a session of {@code symbol}, ascending. */
    public List<LocalDate> dates(String symbol, LocalDate from, LocalDate to) {
        if (!derived(symbol)) {
            return intraday.dates(symbol, from, to);
        }
        return daily.bars(symbol, from, to).stream().map(DailyBar::date).toList();
    }

    /** The last date before {@code date} with a session of {@code symbol}, or null. */
    public LocalDate dateBefore(String symbol, LocalDate date) {
        if (!derived(symbol)) {
            return intraday.dateBefore(symbol, date);
        }
        return daily.barBefore(symbol, date).map(DailyBar::date).orElse(null);
    }

    /** The first date on or after {@code date} with a session of {@code symbol}, or null. */
    public LocalDate dateOnOrAfter(String symbol, LocalDate date) {
        if (!derived(symbol)) {
            return intraday.dateOnOrAfter(symbol, date);
        }
        return daily.barOnOrAfter(symbol, date).map(DailyBar::date).orElse(null);
    }

    /** The minute bars of {@code symbol} on {@code date}, ascending; empty when it did not trade that day. */
    public List<IntradayBar> minutes(String symbol, LocalDate date) {
        if (!derived(symbol)) {
            return intraday.session(symbol, date);
        }
        return daily.barOn(symbol, date)
                .map(bar -> model.derive(new DailyOhlcv(bar.symbol(), bar.date(), bar.open(), bar.high(), bar.low(),
                        bar.close(), bar.volume())))
                .orElse(List.of());
    }
}
