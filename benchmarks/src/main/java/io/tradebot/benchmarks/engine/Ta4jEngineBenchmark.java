package io.tradebot.benchmarks.engine;

import io.tradebot.strategy.backtest.columnar.BarColumns;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.indicator.Indicators;
import io.tradebot.strategy.indicator.Macd;
import io.tradebot.strategy.indicator.Sessions;
import io.tradebot.strategy.marketdata.RegularSession;
import java.time.Duration;
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
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Indicator;
import org.ta4j.core.Rule;
import org.ta4j.core.Trade.TradeType;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;
import org.ta4j.core.rules.OverIndicatorRule;
import org.ta4j.core.rules.StopGainRule;
import org.ta4j.core.rules.StopLossRule;
import org.ta4j.core.rules.UnderIndicatorRule;

/**
 * The same macd-vwap rules run by ta4j's own {@code BarSeriesManager} on the same bars, bars/s: MACD(12,26,9) and the
 * session VWAP are strategy-core's ta4j indicators ({@code Indicators.macd}, {@code SessionVwap}, {@code DoubleNum});
 * long on a cross up with the close above VWAP, out on the cross down, at 15:45 (the flat window), on a 0.5%
 * stop-loss or a 1% take-profit; short mirrored. ta4j runs one trade type per run, so an invocation builds the
 * indicators and runs the long and the short strategy (the second run reads the first's cached indicator values).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class Ta4jEngineBenchmark {

    /** The bars as a ta4j series of DoubleNum, and each bar's "flat before the close" flag. */
    @State(Scope.Benchmark)
    public static class Data {
        BarSeries series;
        boolean[] nearClose;

        @Setup
        public void load() {
            List<Bar> bars = EngineData.benchmarkBars();
            series = new BaseBarSeriesBuilder().withName("SPY").withNumFactory(DoubleNumFactory.getInstance()).build();
            for (Bar bar : bars) {
                series.barBuilder().timePeriod(Duration.ofMinutes(1)).endTime(bar.end())
                        .openPrice(bar.open().doubleValue()).highPrice(bar.high().doubleValue())
                        .lowPrice(bar.low().doubleValue()).closePrice(bar.close().doubleValue())
                        .volume(bar.volume().doubleValue()).add();
            }
            int[] secondsToClose = BarColumns.of(bars).secondsToClose();
            nearClose = new boolean[bars.size()];
            for (int i = 0; i < nearClose.length; i++) {
                nearClose[i] = secondsToClose[i] <= 15 * 60;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(EngineData.BARS)
    public int macdVwapBarSeriesManager(Data data) {
        ClosePriceIndicator close = new ClosePriceIndicator(data.series);
        Macd macd = Indicators.macd(close, 12, 26, 9);
        Indicator<Num> vwap = Indicators.sessionVwap(data.series, Sessions.byCalendarDay(RegularSession.ZONE));
        boolean[] flags = data.nearClose;
        Rule nearClose = (index, record) -> flags[index];
        Rule up = new CrossedUpIndicatorRule(macd.line(), macd.signal());
        Rule down = new CrossedDownIndicatorRule(macd.line(), macd.signal());
        Rule bracket = new StopLossRule(close, 0.5).or(new StopGainRule(close, 1));
        BaseStrategy longs = new BaseStrategy(up.and(new OverIndicatorRule(close, vwap)).and(nearClose.negation()),
                down.or(nearClose).or(bracket));
        BaseStrategy shorts = new BaseStrategy(down.and(new UnderIndicatorRule(close, vwap)).and(nearClose.negation()),
                up.or(nearClose).or(bracket));
        BarSeriesManager manager = new BarSeriesManager(data.series);
        return manager.run(longs, TradeType.BUY).getPositionCount()
                + manager.run(shorts, TradeType.SELL).getPositionCount();
    }
}
