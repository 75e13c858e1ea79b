package io.tradebot.strategy.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.signal.Candidate;
import io.tradebot.strategy.signal.FundamentalStrategy;
import io.tradebot.strategy.signal.StrategyRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine shows {@code fundamental} a symbol's watchlist candidate at the bars of its day, until it enters on it. */
class WatchlistEngineTest {

    private static final LocalDate DAY = LocalDate.parse("2024-01-02");
    private static final Instant OPEN = Instant.parse("2024-01-02T14:30:00Z");

    @Test
    void entersACandidateOnceEvenWhenItsStopLossFreesTheSymbolTheSameDay() {
        // minutes of 2024-01-02: entry at the first close (10.00), filled at the next open; the stop-loss (9.80) is
        // reached at the third minute, after which the strategy would be flat with the candidate still current
        List<Bar> minutes = minutes(new double[][] {{10, 10, 10, 10}, {10, 10.05, 9.95, 10}, {9.9, 9.9, 9.6, 9.7},
                {9.7, 9.8, 9.7, 9.75}, {9.75, 9.8, 9.7, 9.8}, {9.8, 9.85, 9.75, 9.8}});
        Watchlist watchlist = new Watchlist(List.of(new Watchlist.Entry("MOON", new Candidate(DAY, BigDecimal.ONE))));

        BacktestResult result = new BacktestEngine(BacktestConfig.DEFAULTS).run(
                StrategyRegistry.create(FundamentalStrategy.NAME, Map.of()), List.of(new SymbolBars("MOON", minutes)),
                watchlist, ProgressListener.NONE);

        assertThat(result.trades()).singleElement().satisfies(trade -> {
            assertThat(trade.entryId()).isEqualTo("fundamental:MOON:20240102T143000Z:ENTER_LONG");
            assertThat(trade.exitReason()).isEqualTo("stop-loss");
            // the third minute trades through the stop: 9.80 less 5 bps slippage, booked at that minute's end
            assertThat(trade.exitPrice()).isEqualByComparingTo("9.7951");
            assertThat(trade.exitTime()).isEqualTo(OPEN.plus(Duration.ofMinutes(3)));
        });
        assertThat(result.skippedEntries()).isZero();
    }

    @Test
    void aCandidateOfAnotherDayOrSymbolIsNeverShown() {
        List<Bar> minutes = minutes(new double[][] {{10, 10, 10, 10}, {10, 10, 10, 10}, {10, 10, 10, 10}});
        Watchlist watchlist = new Watchlist(List.of(new Watchlist.Entry("MOON", new Candidate(DAY.plusDays(1), BigDecimal.ONE)),
                new Watchlist.Entry("STAR", new Candidate(DAY, BigDecimal.ONE))));

        BacktestResult result = new BacktestEngine(BacktestConfig.DEFAULTS).run(
                StrategyRegistry.create(FundamentalStrategy.NAME, Map.of()), List.of(new SymbolBars("MOON", minutes)),
                watchlist, ProgressListener.NONE);

        assertThat(result.trades()).isEmpty();
        assertThat(result.fills()).isEmpty();
    }

    private static List<Bar> minutes(double[][] ohlc) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < ohlc.length; i++) {
            Instant start = OPEN.plus(Duration.ofMinutes(i));
            bars.add(new Bar(start, start.plus(Duration.ofMinutes(1)), BigDecimal.valueOf(ohlc[i][0]),
                    BigDecimal.valueOf(ohlc[i][1]), BigDecimal.valueOf(ohlc[i][2]), BigDecimal.valueOf(ohlc[i][3]),
                    BigDecimal.valueOf(1_000_000)));
        }
        return bars;
    }
}
