package io.tradebot.benchmarks.engine;

import io.tradebot.strategy.backtest.columnar.BarColumns;
import io.tradebot.strategy.incremental.IncrementalMacd;
import io.tradebot.strategy.incremental.IncrementalSessionVwap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The incremental update cost of one bar, in steady state: MACD(12,26,9) and the session VWAP take the next bar
 * (the SPY regular-session minutes, round and round), ns per bar; with {@code -prof gc}, bytes allocated per bar.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IncrementalUpdateBenchmark {

    /** The bars and the indicators' running state. */
    @State(Scope.Thread)
    public static class Stream {
        double[] high;
        double[] low;
        double[] close;
        double[] volume;
        boolean[] startsSession;
        int next;
        final IncrementalMacd macd = new IncrementalMacd(12, 26, 9);
        final IncrementalSessionVwap vwap = new IncrementalSessionVwap();

        @Setup
        public void load() {
            BarColumns bars = BarColumns.of(EngineData.regularSession(EngineData.file()));
            high = bars.high();
            low = bars.low();
            close = bars.close();
            volume = bars.volume();
            startsSession = new boolean[bars.size()];
            for (int i = 0; i < startsSession.length; i++) {
                startsSession[i] = i == 0 || bars.day()[i] != bars.day()[i - 1];
            }
        }
    }

    @Benchmark
    public double macdAndVwapPerBar(Stream s) {
        int i = s.next;
        s.next = i + 1 == s.close.length ? 0 : i + 1;
        s.macd.update(s.close[i]);
        double vwap = s.vwap.update(s.startsSession[i], s.high[i], s.low[i], s.close[i], s.volume[i]);
        return s.macd.histogram() + vwap;
    }
}
