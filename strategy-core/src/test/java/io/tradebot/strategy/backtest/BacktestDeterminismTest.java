package io.tradebot.strategy.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.fill.IbkrFixedCommission;
import io.tradebot.strategy.signal.StrategyRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine on real AAPL/AMD daily and SPY minute bars: byte-identical output, and the books add up. */
class BacktestDeterminismTest {

    private static final List<SymbolBars> DAILY = List.of(RealBars.daily("AAPL"), RealBars.daily("AMD"));

    private static BacktestResult run(String strategy, List<SymbolBars> data, String... params) {
        return new BacktestEngine(BacktestConfig.DEFAULTS).run(StrategyRegistry.create(strategy, List.of(params)), data,
                ProgressListener.NONE);
    }

    private static String serialized(BacktestResult result) {
        return TradeCsv.of(result.trades()) + result.fills() + result.equityCurve();
    }

    @Test
    void theSameInputGivesAByteIdenticalTradeListAndCurve() {
        for (String strategy : List.of("ma-crossover", "rsi-mean-reversion", "momentum-breakout", "mixed")) {
            BacktestResult first = run(strategy, DAILY);
            List<SymbolBars> reversed = new ArrayList<>(DAILY);
            Collections.reverse(reversed);
            BacktestResult second = run(strategy, reversed);
            assertThat(first.trades()).as(strategy).isNotEmpty();
            assertThat(serialized(second)).as(strategy).isEqualTo(serialized(first));
        }
        BacktestResult intraday = run("macd-vwap", List.of(RealBars.spyMinutes()));
        assertThat(intraday.trades()).hasSizeGreaterThan(20);
        assertThat(serialized(run("macd-vwap", List.of(RealBars.spyMinutes())))).isEqualTo(serialized(intraday));
    }

    @Test
    void everyMarketOrderFillsAtTheOpenOfTheBarAfterItsSignalPlusSlippage() {
        BacktestResult result = run("rsi-mean-reversion", DAILY);
        Map<String, List<Bar>> bars = DAILY.stream().collect(Collectors.toMap(SymbolBars::symbol, SymbolBars::bars));
        int checked = 0;
        for (Fill fill : result.fills()) {
            if (fill.orderId().endsWith("-SL") || fill.orderId().endsWith("-TP") || fill.orderId().endsWith("end-of-data")) {
                continue;
            }
            List<Bar> symbolBars = bars.get(fill.symbol());
            String signalStamp = fill.orderId().split(":")[2];
            int signal = indexOf(symbolBars, signalStamp);
            Bar next = symbolBars.get(signal + 1);
            BigDecimal factor = fill.side() == io.tradebot.strategy.fill.FillSide.BUY ? new BigDecimal("1.0005")
                    : new BigDecimal("0.9995");
            assertThat(fill.at()).isEqualTo(next.start());
            assertThat(fill.price()).isEqualByComparingTo(next.open().multiply(factor).setScale(6, RoundingMode.HALF_EVEN));
            assertThat(fill.commission()).isEqualByComparingTo(
                    new IbkrFixedCommission().commission(fill.quantity(), fill.price()));
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void theFinalEquityIsTheInitialCashPlusEveryTradesPnl() {
        for (BacktestResult result : List.of(run("ma-crossover", DAILY), run("mixed", DAILY, "quorum=1"),
                run("macd-vwap", List.of(RealBars.spyMinutes())))) {
            BigDecimal pnl = result.trades().stream().map(Trade::pnl).reduce(BigDecimal.ZERO, BigDecimal::add);
            EquityPoint last = result.equityCurve().getLast();
            assertThat(last.invested()).isFalse();
            assertThat(last.cash()).isEqualByComparingTo(last.equity());
            assertThat(last.equity().subtract(BacktestConfig.DEFAULTS.initialCash()).subtract(pnl).abs())
                    .isLessThan(new BigDecimal("0.0001"));
            BigDecimal bought = result.fills().stream().filter(f -> f.side() == io.tradebot.strategy.fill.FillSide.BUY)
                    .map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sold = result.fills().stream().filter(f -> f.side() == io.tradebot.strategy.fill.FillSide.SELL)
                    .map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(bought).isEqualByComparingTo(sold);
        }
    }

    @Test
    void theCurveHasOnePointPerDistinctBarTime() {
        BacktestResult result = run("ma-crossover", DAILY);
        long times = DAILY.stream().flatMap(s -> s.bars().stream()).map(Bar::start).distinct().count();
        assertThat(result.equityCurve()).hasSize((int) times);
        assertThat(result.equityCurve().getFirst().equity()).isEqualByComparingTo(BacktestConfig.DEFAULTS.initialCash());
    }

    private static int indexOf(List<Bar> bars, String stamp) {
        for (int i = 0; i < bars.size(); i++) {
            if (io.tradebot.strategy.signal.TradeIntent.idOf("x", "X", bars.get(i).start(),
                    io.tradebot.strategy.signal.IntentAction.ENTER_LONG).contains(":" + stamp + ":")) {
                return i;
            }
        }
        throw new AssertionError("no bar at " + stamp);
    }
}
