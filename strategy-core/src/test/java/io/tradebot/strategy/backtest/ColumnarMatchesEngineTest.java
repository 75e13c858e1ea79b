package io.tradebot.strategy.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.backtest.columnar.BarColumns;
import io.tradebot.strategy.backtest.columnar.ColumnarMacdVwap;
import io.tradebot.strategy.backtest.columnar.ColumnarResult;
import io.tradebot.strategy.backtest.columnar.TradeSink;
import io.tradebot.strategy.signal.MacdVwapConfig;
import io.tradebot.strategy.signal.StrategyRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The columnar macd-vwap pass against the event-driven engine running the registry's macd-vwap on SPY minute bars:
 * the same round trips (side, entry and exit times and prices, quantity, P&L, commission, exit reason), exactly.
 */
class ColumnarMatchesEngineTest {

    private static final SymbolBars SPY = RealBars.spyMinutes();

    /** A trade as both sides can state it: times in epoch seconds, money in micro-dollars. */
    record Row(int side, long entrySecond, long entryMicros, long exitSecond, long exitMicros, long quantity,
            long pnlMicros, long feeMicros, int reason) {
    }

    /** Parameter sets, and cuts of the data ({@code bars=N}: the first N bars) that end with a position open. */
    static List<String> cases() {
        return List.of("defaults", "flatMinutesBeforeClose=60", "stopLossPct=0.2,takeProfitPct=0.3",
                "fast=5,slow=13,signal=4,flatMinutesBeforeClose=1", "positionPct=60,stopLossPct=1,takeProfitPct=0.4",
                "bars=4037", "bars=4222", "bars=9000", "bars=12000", "bars=16500");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheEnginesTradesFillForFill(String name) {
        Case c = Case.of(name);
        BacktestResult engine = c.engine();
        List<Row> columnar = new ArrayList<>();
        ColumnarResult result = new ColumnarMacdVwap(config(c.params()), BacktestConfig.DEFAULTS)
                .run(BarColumns.of(c.bars()), (side, entrySecond, entryMicros, exitSecond, exitMicros, quantity,
                        pnl, fee, reason) -> columnar.add(new Row(side, entrySecond, entryMicros, exitSecond,
                                exitMicros, quantity, pnl, fee, reason)));

        assertThat(engine.trades()).hasSizeGreaterThan(5);
        assertThat(result.cappedFills()).isZero();
        assertThat(columnar).containsExactlyElementsOf(engine.trades().stream().map(ColumnarMatchesEngineTest::row)
                .toList());
        assertThat(result.trades()).isEqualTo(engine.trades().size());
        assertThat(result.skippedEntries()).isEqualTo(engine.skippedEntries());
        assertThat(result.finalCashMicros()).isEqualTo(micros(engine.equityCurve().getLast().cash()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stop-loss", "take-profit", "MACD crossed", "flat ", "end of data"})
    void theComparedRunsExerciseEveryExitReason(String reason) {
        Set<String> seen = new HashSet<>();
        for (String name : cases()) {
            Case.of(name).engine().trades().forEach(t -> seen.add(t.exitReason()));
        }
        assertThat(seen).anyMatch(s -> s.startsWith(reason));
    }

    /** The strategy's parameters and the bars of one case. */
    record Case(List<String> params, List<io.tradebot.strategy.fill.Bar> bars) {

        static Case of(String name) {
            if (name.startsWith("bars=")) {
                return new Case(List.of(), SPY.bars().subList(0, Integer.parseInt(name.substring(5))));
            }
            return new Case(name.equals("defaults") ? List.of() : List.of(name.split(",")), SPY.bars());
        }

        BacktestResult engine() {
            return new BacktestEngine(BacktestConfig.DEFAULTS).run(StrategyRegistry.create("macd-vwap", params),
                    List.of(new SymbolBars("SPY", bars)), ProgressListener.NONE);
        }
    }

    private static MacdVwapConfig config(List<String> params) {
        var strategy = (io.tradebot.strategy.signal.MacdVwapStrategy) StrategyRegistry.create("macd-vwap", params);
        return strategy.config();
    }

    private static Row row(Trade t) {
        int reason = switch (t.exitReason()) {
            case "stop-loss" -> TradeSink.STOP_LOSS;
            case "take-profit" -> TradeSink.TAKE_PROFIT;
            case "end of data" -> TradeSink.END_OF_DATA;
            default -> t.exitReason().startsWith("flat ") ? TradeSink.FLAT_BEFORE_CLOSE
                    : t.exitReason().startsWith("MACD crossed") ? TradeSink.CROSS : 0;
        };
        return new Row(t.side().equals("LONG") ? 1 : -1, t.entryTime().getEpochSecond(), micros(t.entryPrice()),
                t.exitTime().getEpochSecond(), micros(t.exitPrice()), t.quantity().longValueExact(), micros(t.pnl()),
                micros(t.commission()), reason);
    }

    private static long micros(BigDecimal value) {
        return value.movePointRight(6).longValueExact();
    }
}
