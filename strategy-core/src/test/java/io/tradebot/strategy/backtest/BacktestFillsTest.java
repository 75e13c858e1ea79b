package io.tradebot.strategy.backtest;

import static io.tradebot.strategy.signal.IntentAction.ENTER_LONG;
import static io.tradebot.strategy.signal.IntentAction.ENTER_SHORT;
import static io.tradebot.strategy.signal.IntentAction.EXIT_LONG;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.fill.FillSide;
import io.tradebot.strategy.signal.Bracket;
import io.tradebot.strategy.signal.Position;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's fills against the fill model's rules and IBKR's fixed commission, worked by hand on small series. */
class BacktestFillsTest {

    private static final BacktestConfig CONFIG = new BacktestConfig(new BigDecimal("100000"), new BigDecimal("10"),
            new BigDecimal("0.10"), BigDecimal.ONE);
    private static final double M = 1_000_000;

    private static BacktestResult run(Scripted strategy, List<Bar> bars) {
        return new BacktestEngine(CONFIG).run(strategy, List.of(new SymbolBars("XYZ", bars)), ProgressListener.NONE);
    }

    @Test
    void marketEntryFillsAtNextOpenPlusSlippageAndExitAtNextOpenMinusSlippage() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 100, null).at("XYZ", 1, EXIT_LONG, 100, null);
        BacktestResult result = run(strategy, Scripted.bars(new double[] {100, 101, 99, 100, M},
                new double[] {102, 103, 101, 102, M}, new double[] {104, 106, 103, 105, M},
                new double[] {105, 106, 104, 105, M}));

        // 102 × 1.001 and 104 × 0.999; 100 shares × $0.005 = $0.50 is below the $1.00 minimum
        assertThat(result.fills()).extracting(Fill::side, f -> f.price().toPlainString(), f -> f.commission().toPlainString(),
                Fill::at).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FillSide.BUY, "102.102000", "1.000000", Scripted.start(1)),
                        org.assertj.core.groups.Tuple.tuple(FillSide.SELL, "103.896000", "1.000000", Scripted.start(2)));
        Trade trade = result.trades().getFirst();
        // (103.896 − 102.102) × 100 − 2 × $1.00
        assertThat(trade.pnl()).isEqualByComparingTo("177.40");
        assertThat(trade.commission()).isEqualByComparingTo("2");
        assertThat(trade.exitReason()).isEqualTo("scripted EXIT_LONG");
        assertThat(trade.entryId()).isEqualTo("scripted:XYZ:20240102T143000Z:ENTER_LONG");
        assertThat(result.equityCurve().getLast().equity()).isEqualByComparingTo("100177.40");
        assertThat(strategy.seen.get("XYZ")).containsExactly(Position.FLAT,
                Position.of(new BigDecimal("100"), new BigDecimal("102.102000"), Scripted.start(1)), Position.FLAT,
                Position.FLAT);
    }

    @Test
    void commissionIsHalfACentAShareAboveTheMinimumAndCappedAtOnePercent() {
        Scripted big = new Scripted().at("XYZ", 0, ENTER_LONG, 800, null);
        BacktestResult result = run(big, Scripted.bars(new double[] {50, 50, 50, 50, M}, new double[] {50, 51, 49, 50, M},
                new double[] {50, 51, 49, 50, M}));
        assertThat(result.fills().getFirst().commission()).isEqualByComparingTo("4.00"); // 800 × 0.005

        Scripted penny = new Scripted().at("XYZ", 0, ENTER_LONG, 100, null);
        BacktestResult cheap = run(penny, Scripted.bars(new double[] {0.5, 0.5, 0.5, 0.5, M},
                new double[] {0.5, 0.5, 0.5, 0.5, M}, new double[] {0.5, 0.5, 0.5, 0.5, M}));
        // 100 shares at 0.5005: 1% of $50.05 is below the $1.00 minimum
        assertThat(cheap.fills().getFirst().commission()).isEqualByComparingTo("0.500500");
    }

    @Test
    void stopLossFillsAtTheStopMinusSlippageFromTheBarAfterTheEntry() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 100, new Bracket(dec("98"), dec("110")));
        BacktestResult result = run(strategy, Scripted.bars(new double[] {100, 100, 100, 100, M},
                new double[] {100, 101, 97, 100, M}, // below the stop, but the bracket works from the next bar
                new double[] {99, 100, 97, 98, M}, new double[] {98, 99, 97, 98, M}));

        Trade trade = result.trades().getFirst();
        assertThat(trade.exitReason()).isEqualTo("stop-loss");
        assertThat(trade.exitTime()).isEqualTo(Scripted.start(2).plusSeconds(390 * 60));
        assertThat(trade.exitPrice()).isEqualByComparingTo("97.902"); // 98 × 0.999
        assertThat(trade.pnl()).isEqualByComparingTo("-221.80"); // (97.902 − 100.1) × 100 − 2
        assertThat(result.fills()).extracting(Fill::orderId).containsExactly(
                "scripted:XYZ:20240102T143000Z:ENTER_LONG", "scripted:XYZ:20240102T143000Z:ENTER_LONG-SL");
    }

    @Test
    void stopLossWinsABarThatReachesBothBracketLegs() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 100, new Bracket(dec("98"), dec("110")));
        BacktestResult result = run(strategy, Scripted.bars(new double[] {100, 100, 100, 100, M},
                new double[] {100, 101, 99, 100, M}, new double[] {100, 111, 97, 105, M},
                new double[] {105, 106, 104, 105, M}));

        assertThat(result.trades()).singleElement().satisfies(t -> {
            assertThat(t.exitReason()).isEqualTo("stop-loss");
            assertThat(t.exitPrice()).isEqualByComparingTo("97.902");
        });
        assertThat(result.fills()).hasSize(2);
    }

    @Test
    void takeProfitFillsAtTheLimitWithoutSlippageOrAtAGappedOpen() {
        Scripted inside = new Scripted().at("XYZ", 0, ENTER_LONG, 100, new Bracket(dec("98"), dec("110")));
        BacktestResult atLimit = run(inside, Scripted.bars(new double[] {100, 100, 100, 100, M},
                new double[] {100, 101, 99, 100, M}, new double[] {105, 112, 104, 111, M},
                new double[] {111, 112, 110, 111, M}));
        assertThat(atLimit.trades().getFirst().exitPrice()).isEqualByComparingTo("110");
        assertThat(atLimit.trades().getFirst().pnl()).isEqualByComparingTo("988.00"); // (110 − 100.1) × 100 − 2

        Scripted gap = new Scripted().at("XYZ", 0, ENTER_LONG, 100, new Bracket(dec("98"), dec("110")));
        BacktestResult gapped = run(gap, Scripted.bars(new double[] {100, 100, 100, 100, M},
                new double[] {100, 101, 99, 100, M}, new double[] {113, 114, 112, 113, M},
                new double[] {113, 114, 112, 113, M}));
        assertThat(gapped.trades().getFirst().exitPrice()).isEqualByComparingTo("113");
        assertThat(gapped.trades().getFirst().exitReason()).isEqualTo("take-profit");
    }

    @Test
    void anOrderTakesAtMostTheVolumeShareOfABarAndIsChargedOneMinimumPerOrder() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 120, null);
        BacktestResult result = run(strategy, Scripted.bars(new double[] {10, 10, 10, 10, 500},
                new double[] {10, 11, 9, 10, 500}, new double[] {11, 12, 10, 11, 500}, new double[] {12, 13, 11, 12, 500},
                new double[] {12, 13, 11, 12, 500}));

        // 10% of 500 shares a bar: 50, 50 and the last 20, each at its bar's open + 10 bps
        assertThat(result.fills()).extracting(f -> f.quantity().toPlainString(), f -> f.price().toPlainString(),
                f -> f.commission().toPlainString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("50", "10.010000", "1.000000"),
                        org.assertj.core.groups.Tuple.tuple("50", "11.011000", "0.000000"),
                        org.assertj.core.groups.Tuple.tuple("20", "12.012000", "0.000000"),
                        org.assertj.core.groups.Tuple.tuple("120", "12.000000", "1.000000"));
        assertThat(strategy.seen.get("XYZ")).extracting(p -> p.quantity().intValue()).containsExactly(0, 50, 100, 120, 120);
    }

    @Test
    void anOpenPositionIsClosedAtTheLastCloseWithCommissionAndNoSlippage() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 100, null).at("XYZ", 2, ENTER_LONG, 100, null);
        BacktestResult result = run(strategy, Scripted.bars(new double[] {100, 100, 100, 100, M},
                new double[] {100, 101, 99, 100, M}, new double[] {100, 104, 99, 103.5, M}));

        Trade trade = result.trades().getFirst();
        assertThat(trade.exitReason()).isEqualTo("end of data");
        assertThat(trade.exitPrice()).isEqualByComparingTo("103.5");
        assertThat(trade.pnl()).isEqualByComparingTo("338.00"); // (103.5 − 100.1) × 100 − 2
        assertThat(result.fills()).hasSize(2); // the intent from the last bar is dropped
        assertThat(result.equityCurve().getLast().equity()).isEqualByComparingTo("100338.00");
        assertThat(result.equityCurve().getLast().invested()).isFalse();
    }

    @Test
    void anEntryBeyondTheGrossExposureLimitIsSkipped() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 1001, null);
        BacktestResult result = run(strategy, Scripted.bars(new double[] {100, 100, 100, 100, M},
                new double[] {100, 101, 99, 100, M}, new double[] {100, 101, 99, 100, M}));

        assertThat(result.fills()).isEmpty();
        assertThat(result.skippedEntries()).isEqualTo(1); // 1001 × $100 is more than the $100,000 of equity
    }

    @Test
    void anExitAndAnOppositeEntryOnOneBarFillInThatOrderAsTwoTrades() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 100, null).at("XYZ", 1, EXIT_LONG, 100, null)
                .at("XYZ", 1, ENTER_SHORT, 50, null);
        BacktestResult result = run(strategy, Scripted.bars(new double[] {100, 100, 100, 100, M},
                new double[] {100, 101, 99, 100, M}, new double[] {90, 91, 89, 90, M}, new double[] {80, 81, 79, 80, M}));

        assertThat(result.trades()).extracting(Trade::side, t -> t.quantity().intValue(), Trade::exitReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LONG", 100, "scripted EXIT_LONG"),
                        org.assertj.core.groups.Tuple.tuple("SHORT", 50, "end of data"));
        // short 50 at 90 × 0.999 = 89.91, bought back at the last close 80: (89.91 − 80) × 50 − 2
        assertThat(result.trades().get(1).pnl()).isEqualByComparingTo("493.50");
    }

    @Test
    void symbolsStartingTogetherGoInSymbolOrderWhateverTheInputOrder() {
        List<Bar> bars = Scripted.bars(new double[] {100, 100, 100, 100, M}, new double[] {100, 111, 99, 110, M},
                new double[] {110, 111, 109, 110, M});
        Scripted first = new Scripted().at("AAA", 0, ENTER_LONG, 100, null).at("BBB", 0, ENTER_LONG, 100, null);
        Scripted second = new Scripted().at("AAA", 0, ENTER_LONG, 100, null).at("BBB", 0, ENTER_LONG, 100, null);
        BacktestResult ab = new BacktestEngine(CONFIG).run(first,
                List.of(new SymbolBars("AAA", bars), new SymbolBars("BBB", bars)), ProgressListener.NONE);
        BacktestResult ba = new BacktestEngine(CONFIG).run(second,
                List.of(new SymbolBars("BBB", bars), new SymbolBars("AAA", bars)), ProgressListener.NONE);

        assertThat(TradeCsv.of(ba.trades())).isEqualTo(TradeCsv.of(ab.trades()));
        // at bar 1 AAA goes first: its fill at 100.1 + $1 valued at 110 gives 100000 + 990 − 1, BBB not yet filled;
        // BBB then sees both: 100000 + 2 × (990 − 1)
        assertThat(first.equities.get("AAA").get(1)).isEqualByComparingTo("100989.00");
        assertThat(first.equities.get("BBB").get(1)).isEqualByComparingTo("101978.00");
        assertThat(second.equities).isEqualTo(first.equities);
    }

    @Test
    void anExitCancelsTheRestOfAPartlyFilledEntry() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 120, null).at("XYZ", 1, EXIT_LONG, 50, null);
        BacktestResult result = run(strategy, Scripted.bars(new double[] {10, 10, 10, 10, 500},
                new double[] {10, 11, 9, 10, 500}, new double[] {11, 12, 10, 11, 500}, new double[] {12, 13, 11, 12, 500},
                new double[] {12, 13, 11, 12, 500}));

        // 50 of 120 bought on bar 1; the exit at bar 1's close sells those 50 on bar 2 and the other 70 never fill
        assertThat(result.fills()).extracting(f -> f.side() + " " + f.quantity().toPlainString())
                .containsExactly("BUY 50", "SELL 50");
        assertThat(result.trades()).singleElement().satisfies(t -> assertThat(t.quantity()).isEqualByComparingTo("50"));
        assertThat(strategy.seen.get("XYZ")).extracting(p -> p.quantity().intValue()).containsExactly(0, 50, 0, 0, 0);
    }

    @Test
    void aReversalEntryWaitsUntilTheVolumeCapHasLetTheExitFillCompletely() {
        Scripted strategy = new Scripted().at("XYZ", 0, ENTER_LONG, 50, null).at("XYZ", 1, EXIT_LONG, 50, null)
                .at("XYZ", 1, ENTER_SHORT, 30, null);
        BacktestResult result = run(strategy, Scripted.bars(new double[] {10, 10, 10, 10, 500},
                new double[] {10, 11, 9, 10, 500}, new double[] {10, 11, 9, 10, 300}, new double[] {10, 11, 9, 10, 500},
                new double[] {10, 11, 9, 10, 500}));

        // bar 2 takes at most 30 shares: the exit sells 30, then 20 on bar 3, where the short entry follows
        assertThat(result.fills()).extracting(f -> f.side() + " " + f.quantity().toPlainString() + " " + f.at())
                .containsExactly("BUY 50 " + Scripted.start(1), "SELL 30 " + Scripted.start(2),
                        "SELL 20 " + Scripted.start(3), "SELL 30 " + Scripted.start(3), "BUY 30 " + Scripted.start(4)
                                .plusSeconds(390 * 60));
        assertThat(result.trades()).extracting(Trade::side).containsExactly("LONG", "SHORT");
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
