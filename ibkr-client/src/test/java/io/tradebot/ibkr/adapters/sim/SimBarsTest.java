package io.tradebot.ibkr.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.ibkr.marketdata.DailyBarCsv;
import io.tradebot.ibkr.marketdata.IntradayHistory;
import io.tradebot.ibkr.marketdata.MarketHistory;
import io.tradebot.ibkr.marketdata.MinuteBarCsv;
import io.tradebot.ibkr.marketdata.SessionBars;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.fill.BarFillModel;
import io.tradebot.strategy.fill.BarReplay;
import io.tradebot.strategy.fill.FillSide;
import io.tradebot.strategy.fill.OneCancelsOther;
import io.tradebot.strategy.fill.OrderKind;
import io.tradebot.strategy.fill.SimOrder;
import io.tradebot.strategy.fill.WorkingState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The minute bars the exchange matches against, the DAY expiry, and a DAY order walked tick by tick over windows. */
class SimBarsTest {

    // AAPL daily CSV rows (open, close): 2015-01-06 106.54 / 106.26, 2015-01-07 107.2 / 107.75, 2015-01-09 close 112.01,
    // 2015-01-12 open 112.6; 2015-01-19 (Martin Luther King Day) has no row.
    private static SimBars bars;

    @BeforeAll
    static void load() throws IOException {
        var loader = Thread.currentThread().getContextClassLoader();
        var daily = DailyBarCsv.read(new InputStreamReader(loader.getResourceAsStream("marketdata/daily/AAPL_data.csv"),
                StandardCharsets.UTF_8), "AAPL");
        var spy = MinuteBarCsv.readRegularSession(new InputStreamReader(
                loader.getResourceAsStream("marketdata/intraday/nt-spy-minute-2011-03.csv"), StandardCharsets.UTF_8), "SPY");
        bars = new SimBars(new SessionBars(new MarketHistory(daily), new IntradayHistory(Map.of("SPY", spy))));
    }

    @Test
    void windowRunsFromTheCursorToNowAcrossTheCloseAndTheNextOpen() {
        // 2015-01-06 15:58 New York (EST) .. 2015-01-07 09:31:30: two minutes before the close, two after the open
        List<Bar> window = bars.window("AAPL", Instant.parse("2015-01-06T20:58:00Z"), Instant.parse("2015-01-07T14:31:30Z"));
        assertThat(window).extracting(Bar::start).containsExactly(Instant.parse("2015-01-06T20:58:00Z"),
                Instant.parse("2015-01-06T20:59:00Z"), Instant.parse("2015-01-07T14:30:00Z"), Instant.parse("2015-01-07T14:31:00Z"));
        assertThat(window).allSatisfy(bar -> assertThat(bar.end()).isEqualTo(bar.start().plusSeconds(60)));
        assertThat(window.get(1).close()).isEqualByComparingTo("106.26");
        assertThat(window.get(2).open()).isEqualByComparingTo("107.2");
        // the 09:31 minute has opened but not ended: in the window (a MARKET order may use it)
        assertThat(window.getLast().end()).isAfter(Instant.parse("2015-01-07T14:31:30Z"));
    }

    @Test
    void windowSkipsWeekendsAndIsEmptyWhenTheCursorIsPastNow() {
        List<Bar> window = bars.window("AAPL", Instant.parse("2015-01-09T20:59:00Z"), Instant.parse("2015-01-12T14:30:00Z"));
        assertThat(window).extracting(Bar::start).containsExactly(Instant.parse("2015-01-09T20:59:00Z"),
                Instant.parse("2015-01-12T14:30:00Z"));
        assertThat(window.get(0).close()).isEqualByComparingTo("112.01");
        assertThat(window.get(1).open()).isEqualByComparingTo("112.6");
        assertThat(bars.window("AAPL", Instant.parse("2015-01-07T15:00:00.000000001Z"), Instant.parse("2015-01-07T15:00:00Z")))
                .isEmpty();
    }

    @Test
    void spyWindowIsTheRecordedMinutesOfTheFile() throws IOException {
        // 2011-03-01 10:00 .. 10:30 New York (EST = UTC-5), read straight from the NinjaTrader rows (stamp = bar end, UTC)
        Instant from = Instant.parse("2011-03-01T15:00:00Z");
        Instant to = Instant.parse("2011-03-01T15:30:00Z");
        List<String[]> rows;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("marketdata/intraday/nt-spy-minute-2011-03.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> line.split(";"))
                    .filter(c -> {
                        Instant start = start(c[0]);
                        return !start.isBefore(from) && !start.isAfter(to);
                    }).toList();
        }
        List<Bar> window = bars.window("SPY", from, to);
        assertThat(rows).hasSizeGreaterThan(20);
        assertThat(window).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Bar bar = window.get(i);
            assertThat(bar.start()).isEqualTo(start(row[0]));
            assertThat(bar.end()).isEqualTo(start(row[0]).plusSeconds(60));
            assertThat(List.of(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal(row[1]), new BigDecimal(row[2]), new BigDecimal(row[3]),
                            new BigDecimal(row[4]), new BigDecimal(row[5]));
        }
    }

    private static Instant start(String stamp) {
        return LocalDateTime.parse(stamp, DateTimeFormatter.ofPattern("yyyyMMdd HHmmss")).toInstant(ZoneOffset.UTC).minusSeconds(60);
    }

    @Test
    void dayOrderWorksTheRestOfItsSessionOrTheNextOneAfterTheClose() {
        Instant closeOf6th = Instant.parse("2015-01-06T21:00:00Z");
        Instant closeOf7th = Instant.parse("2015-01-07T21:00:00Z");
        assertThat(bars.dayExpiry("AAPL", Instant.parse("2015-01-06T15:00:00Z"))).isEqualTo(closeOf6th);
        assertThat(bars.dayExpiry("AAPL", Instant.parse("2015-01-06T13:45:00Z"))).as("before the open").isEqualTo(closeOf6th);
        assertThat(bars.dayExpiry("AAPL", closeOf6th.minusNanos(1))).isEqualTo(closeOf6th);
        assertThat(bars.dayExpiry("AAPL", closeOf6th)).as("at the close").isEqualTo(closeOf7th);
        assertThat(bars.dayExpiry("AAPL", Instant.parse("2015-01-06T21:10:00Z"))).as("after the close").isEqualTo(closeOf7th);
    }

    @Test
    void dayOrderExpiryUsesTheSymbolsSessionsAcrossWeekendsHolidaysAndDaylightSaving() {
        assertThat(bars.dayExpiry("AAPL", Instant.parse("2015-01-09T21:15:00Z"))).as("Friday after the close → Monday")
                .isEqualTo(Instant.parse("2015-01-12T21:00:00Z"));
        assertThat(bars.dayExpiry("AAPL", Instant.parse("2015-01-19T15:00:00Z"))).as("a holiday → the next session")
                .isEqualTo(Instant.parse("2015-01-20T21:00:00Z"));
        assertThat(bars.dayExpiry("AAPL", Instant.parse("2015-03-09T14:00:00Z"))).as("EDT: 16:00 is 20:00 UTC")
                .isEqualTo(Instant.parse("2015-03-09T20:00:00Z"));
        assertThat(bars.dayExpiry("AAPL", Instant.parse("2018-02-07T21:30:00Z"))).as("after the last session").isNull();
        assertThat(bars.dayExpiry("SPY", Instant.parse("2011-03-04T22:00:00Z"))).isEqualTo(Instant.parse("2011-03-07T21:00:00Z"));
    }

    @Test
    void dayOrderExpiresOnceItsSessionsLastMinuteIsWalkedAndNotBefore() {
        BarReplay replay = new BarReplay(new BarFillModel(BigDecimal.ZERO, new BigDecimal("0.10")));
        Instant submitted = Instant.parse("2015-01-06T20:00:00Z"); // 15:00 New York
        Instant expiry = bars.dayExpiry("AAPL", submitted);
        SimOrder farBelow = new SimOrder(FillSide.BUY, OrderKind.LIMIT, BigDecimal.TEN, BigDecimal.ONE, null, submitted, expiry);
        Instant through = null;
        List<Instant> ticks = List.of(Instant.parse("2015-01-06T20:20:00Z"), Instant.parse("2015-01-06T20:59:30Z"),
                expiry.minusNanos(1), expiry, Instant.parse("2015-01-07T15:00:00Z"));
        for (Instant now : ticks) {
            Instant from = through == null ? submitted : through.plusNanos(1);
            BarReplay.Result result = replay.replay(farBelow, WorkingState.FRESH, bars.window("AAPL", from, now), through, now);
            assertThat(result.executions()).isEmpty();
            assertThat(result.expired()).as("expired at %s", now).isEqualTo(!now.isBefore(expiry));
            through = result.evaluatedThrough();
            // a limit walks a minute once it has ended: at 15:59:30 the 15:58 minute is the last one walked
            Instant lastEnded = now.isBefore(expiry) ? now.minusSeconds(60) : expiry.minusSeconds(60);
            assertThat(through).isAfter(lastEnded.minusSeconds(60)).isBeforeOrEqualTo(lastEnded);
        }
    }

    @Test
    void marketOrderSubmittedMidSessionFillsAtTheNextMinutesOpen() {
        BarReplay replay = new BarReplay(new BarFillModel(BigDecimal.ZERO, BigDecimal.ONE));
        Instant submitted = Instant.parse("2015-01-06T15:00:20Z"); // 10:00:20 New York
        SimOrder market = new SimOrder(FillSide.BUY, OrderKind.MARKET, BigDecimal.TEN, null, null, submitted, null);
        Instant beforeNextMinute = Instant.parse("2015-01-06T15:00:59Z");
        assertThat(replay.replay(market, WorkingState.FRESH, bars.window("AAPL", submitted, beforeNextMinute), null,
                beforeNextMinute).executions()).isEmpty();
        Instant now = Instant.parse("2015-01-06T15:01:00Z");
        List<Bar> window = bars.window("AAPL", submitted, now);
        assertThat(replay.replay(market, WorkingState.FRESH, window, null, now).executions()).singleElement()
                .satisfies(execution -> {
                    assertThat(execution.bar()).isEqualTo(now);
                    assertThat(execution.price()).isEqualByComparingTo(window.getFirst().open());
                });
    }

    @Test
    void bracketExitsOnAMinuteThatReachesBothFillTheStopLoss() {
        BarFillModel model = new BarFillModel(BigDecimal.ZERO, new BigDecimal("0.10"));
        Instant from = Instant.parse("2015-01-06T15:00:00Z"); // 10:00 New York
        Instant now = Instant.parse("2015-01-06T15:30:00Z");
        List<Bar> window = bars.window("AAPL", from, now);
        Bar both = window.stream().filter(bar -> bar.high().compareTo(bar.low()) > 0).findFirst().orElseThrow();
        // exits of a long that start working at that minute: a SELL STOP at its low, a SELL LIMIT at its high
        SimOrder stopLoss = new SimOrder(FillSide.SELL, OrderKind.STOP, BigDecimal.TEN, null, both.low(), both.start(), null);
        SimOrder takeProfit = new SimOrder(FillSide.SELL, OrderKind.LIMIT, BigDecimal.TEN, both.high(), null, both.start(), null);
        OneCancelsOther.Result result = new OneCancelsOther(model).replay(stopLoss, WorkingState.FRESH, takeProfit,
                WorkingState.FRESH, bars.window("AAPL", both.start(), now), null, now);
        assertThat(result.winner()).isEqualTo(1);
        assertThat(result.second().executions()).isEmpty();
        // the minute opens at or above its low: the stop triggers at the stop, not at the open
        assertThat(result.first().executions()).singleElement().satisfies(execution -> {
            assertThat(execution.bar()).isEqualTo(both.start());
            assertThat(execution.price()).isEqualByComparingTo(both.low());
        });
    }

    @Test
    void keepsABoundedNumberOfSessionsBuilt() throws IOException {
        long days2015;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("marketdata/daily/AAPL_data.csv")) {
            days2015 = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("2015-")).count();
        }
        List<Bar> year = bars.window("AAPL", Instant.parse("2015-01-02T14:30:00Z"), Instant.parse("2015-12-31T21:00:00Z"));
        assertThat(days2015).isGreaterThan(SimBars.CACHED_SESSIONS);
        assertThat(year).hasSize((int) days2015 * 390);
        assertThat(bars.cachedSessions()).isEqualTo(SimBars.CACHED_SESSIONS);
    }
}
