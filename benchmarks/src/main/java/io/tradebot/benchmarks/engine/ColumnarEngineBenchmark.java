package io.tradebot.benchmarks.engine;

import io.tradebot.strategy.backtest.BacktestConfig;
import io.tradebot.strategy.backtest.columnar.BarColumns;
import io.tradebot.strategy.backtest.columnar.ColumnarMacdVwap;
import io.tradebot.strategy.backtest.columnar.ColumnarResult;
import io.tradebot.strategy.backtest.columnar.TradeSink;
import io.tradebot.strategy.signal.MacdVwapConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Engine throughput, one thread, data in memory: the columnar macd-vwap backtest (MACD + VWAP + fills), bars/s. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ColumnarEngineBenchmark {

    /** The bars as columns and the engine with macd-vwap's and the backtest's defaults. */
    @State(Scope.Benchmark)
    public static class Data {
        BarColumns columns;
        ColumnarMacdVwap engine;

        @Setup
        public void load() {
            columns = BarColumns.of(EngineData.benchmarkBars());
            engine = new ColumnarMacdVwap(MacdVwapConfig.DEFAULTS, BacktestConfig.DEFAULTS);
        }
    }

    @Benchmark
    @OperationsPerInvocation(EngineData.BARS)
    public ColumnarResult macdVwapColumnar(Data data) {
        return data.engine.run(data.columns, TradeSink.NONE);
    }
}
