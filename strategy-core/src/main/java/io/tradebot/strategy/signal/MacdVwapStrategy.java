package io.tradebot.strategy.signal;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.indicator.Indicators;
import io.tradebot.strategy.indicator.Macd;
import io.tradebot.strategy.indicator.Sessions;
import io.tradebot.strategy.marketdata.RegularSession;
import java.time.Duration;
import java.util.List;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/**
 * {@code macd-vwap}, intraday long and short on regular-session bars (others are ignored): long when the MACD line
 * crosses above its signal with the close above the session VWAP, short on the mirror; out on the opposite cross
 * (reversing when the mirror entry holds), on the bracket's stop-loss or take-profit, and flat from
 * {@code flatMinutesBeforeClose} before the close.
 */
public final class MacdVwapStrategy implements Strategy {

    public static final String NAME = "macd-vwap";

    private final MacdVwapConfig config;

    public MacdVwapStrategy(MacdVwapConfig config) {
        this.config = config;
    }

    /** The parameters it runs with (what a columnar backtest of the same strategy needs). */
    public MacdVwapConfig config() {
        return config;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The first cross can come the bar after the signal line's first value. */
    @Override
    public int warmUpBars() {
        return config.slow() + config.signal() - 1;
    }

    @Override
    public SymbolStrategy forSymbol(String symbol) {
        SymbolRun run = new SymbolRun(NAME, symbol, this::rules);
        return event -> RegularSession.minuteOf(event.bar().start()) < 0 ? List.of() : run.onBar(event);
    }

    private SymbolRun.Rules rules(BarHistory history) {
        Macd macd = Indicators.macd(new ClosePriceIndicator(history.series()), config.fast(), config.slow(),
                config.signal());
        Indicator<Num> vwap = Indicators.sessionVwap(history.series(), Sessions.byCalendarDay(RegularSession.ZONE));
        return (i, event, intents) -> {
            if (nearClose(event.bar())) {
                return intents.exit("flat " + config.flatMinutesBeforeClose() + " minutes before the close");
            }
            boolean up = crosses(macd, i, 1);
            boolean down = crosses(macd, i, -1);
            Position position = event.position();
            if (position.isLong() && down || position.isShort() && up) {
                intents.exit("MACD crossed " + (up ? "above" : "below") + " its signal");
            }
            boolean flatAfter = position.isFlat() || position.isLong() && down || position.isShort() && up;
            double close = event.bar().close().doubleValue();
            double sessionVwap = BarHistory.value(vwap, i);
            if (flatAfter && up && close > sessionVwap) {
                intents.enter(true, config.entry(), "MACD crossed above its signal, close above session VWAP");
            } else if (flatAfter && down && close < sessionVwap) {
                intents.enter(false, config.entry(), "MACD crossed below its signal, close below session VWAP");
            }
            return intents;
        };
    }

    /** The line crossing its signal at bar {@code i}: upwards for {@code direction} 1, downwards for -1. */
    private static boolean crosses(Macd macd, int i, int direction) {
        double before = BarHistory.value(macd.line(), i - 1) - BarHistory.value(macd.signal(), i - 1);
        double now = BarHistory.value(macd.line(), i) - BarHistory.value(macd.signal(), i);
        return direction * before <= 0 && direction * now > 0;
    }

    private boolean nearClose(Bar bar) {
        var close = BarHistory.tradingDate(bar).atTime(RegularSession.CLOSE).atZone(RegularSession.ZONE).toInstant();
        return !bar.end().isBefore(close.minus(Duration.ofMinutes(config.flatMinutesBeforeClose())));
    }
}
