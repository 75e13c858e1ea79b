package io.tradebot.strategy.backtest.columnar;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.marketdata.RegularSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One symbol's bars as columns, with their clock resolved once: prices as doubles for the indicators and as exact
 * micro-dollars for fills and money, the New York day of each bar's start (the VWAP session), its minute of the
 * regular session (−1 outside) and the seconds from its end to its trading day's 16:00 close.
 */
public record BarColumns(long[] startSecond, long[] endSecond, double[] high, double[] low, double[] close,
        double[] volume, long[] openMicros, long[] highMicros, long[] lowMicros, long[] closeMicros, int[] day,
        int[] sessionMinute, int[] secondsToClose) {

    /** The columns of {@code bars}, in time order; prices must have at most 6 decimals. */
    public static BarColumns of(List<Bar> bars) {
        int n = bars.size();
        BarColumns c = new BarColumns(new long[n], new long[n], new double[n], new double[n], new double[n],
                new double[n], new long[n], new long[n], new long[n], new long[n], new int[n], new int[n], new int[n]);
        for (int i = 0; i < n; i++) {
            c.set(i, bars.get(i));
        }
        return c;
    }

    public int size() {
        return close.length;
    }

    private void set(int i, Bar bar) {
        startSecond[i] = bar.start().getEpochSecond();
        endSecond[i] = bar.end().getEpochSecond();
        high[i] = bar.high().doubleValue();
        low[i] = bar.low().doubleValue();
        close[i] = bar.close().doubleValue();
        volume[i] = bar.volume().doubleValue();
        openMicros[i] = micros(bar.open());
        highMicros[i] = micros(bar.high());
        lowMicros[i] = micros(bar.low());
        closeMicros[i] = micros(bar.close());
        day[i] = (int) bar.start().atZone(RegularSession.ZONE).toLocalDate().toEpochDay();
        sessionMinute[i] = RegularSession.minuteOf(bar.start());
        Instant middle = bar.start().plus(Duration.between(bar.start(), bar.end()).dividedBy(2));
        LocalDate tradingDate = middle.atZone(RegularSession.ZONE).toLocalDate();
        Instant sessionClose = tradingDate.atTime(RegularSession.CLOSE).atZone(RegularSession.ZONE).toInstant();
        secondsToClose[i] = (int) Duration.between(bar.end(), sessionClose).getSeconds();
    }

    /** A price in whole micro-dollars; refuses one with more than 6 decimals. */
    static long micros(BigDecimal price) {
        try {
            return price.movePointRight(6).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("price " + price + " has more than 6 decimals", e);
        }
    }
}
