package io.tradebot.benchmarks.engine;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.incremental.IncrementalBollinger;
import io.tradebot.strategy.incremental.IncrementalMacd;
import io.tradebot.strategy.incremental.IncrementalRsi;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * MACD(12,26,9), RSI(14) and Bollinger(20,2) over the closes of the benchmark bars, bars/s: what the Node script
 * computes with {@code technicalindicators} over the same bars. Every value of every bar goes to the blackhole.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ThreeIndicatorsBenchmark {

    /** The closes. */
    @State(Scope.Benchmark)
    public static class Closes {
        double[] close;

        @Setup
        public void load() {
            List<Bar> bars = EngineData.benchmarkBars();
            close = new double[bars.size()];
            for (int i = 0; i < close.length; i++) {
                close[i] = bars.get(i).close().doubleValue();
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(EngineData.BARS)
    public void macdRsiBollinger(Closes closes, Blackhole hole) {
        IncrementalMacd macd = new IncrementalMacd(12, 26, 9);
        IncrementalRsi rsi = new IncrementalRsi(14);
        IncrementalBollinger bollinger = new IncrementalBollinger(20, 2);
        for (double close : closes.close) {
            macd.update(close);
            hole.consume(rsi.update(close));
            bollinger.update(close);
            hole.consume(macd.line());
            hole.consume(macd.signal());
            hole.consume(macd.histogram());
            hole.consume(bollinger.upper());
            hole.consume(bollinger.middle());
            hole.consume(bollinger.lower());
        }
    }
}
