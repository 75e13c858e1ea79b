package io.tradebot.strategy.backtest.columnar;

import io.tradebot.strategy.backtest.BacktestConfig;
import io.tradebot.strategy.signal.MacdVwapConfig;

/**
 * {@code macd-vwap} backtested in one pass over one symbol's {@link BarColumns}: the strategy's rules on the
 * incremental MACD and session VWAP, and the engine's fills, with money in exact micro-dollars. Nothing is allocated
 * per bar. For one symbol it gives {@code BacktestEngine}'s trades, fill for fill, under these conditions (checked
 * by {@code ColumnarMatchesEngineTest}):
 * <ul>
 * <li>one symbol, MARKET entries and exits at the next bar's open ± slippage, the bracket's stop-loss (STOP) and
 *     take-profit (LIMIT) from the bar after the entry, the stop-loss winning a bar that reaches both, IBKR fixed
 *     commission, the close of the last bar ending an open position;</li>
 * <li>no fill larger than the volume share of its bar: the engine would split it, this run counts it in
 *     {@link ColumnarResult#cappedFills()} and fills it whole;</li>
 * <li>prices with at most 6 decimals; slippage in whole hundredths of a basis point; percentages in whole
 *     hundredths; the gross exposure limit in whole hundredths.</li>
 * </ul>
 */
public final class ColumnarMacdVwap {

    final int fast;
    final int slow;
    final int signal;
    final int flatSeconds;
    final long positionBps;
    final long stopBps;
    final long takeBps;
    final long slippagePpm;
    final long initialCash;
    final double volumeShare;
    final long maxGrossHundredths;

    public ColumnarMacdVwap(MacdVwapConfig strategy, BacktestConfig backtest) {
        this.fast = strategy.fast();
        this.slow = strategy.slow();
        this.signal = strategy.signal();
        this.flatSeconds = strategy.flatMinutesBeforeClose() * 60;
        this.positionBps = Micros.scaled(strategy.entry().positionPct(), 2);
        this.stopBps = Micros.scaled(strategy.entry().stopLossPct(), 2);
        this.takeBps = Micros.scaled(strategy.entry().takeProfitPct(), 2);
        this.slippagePpm = Micros.scaled(backtest.slippageBps(), 2);
        this.initialCash = Micros.scaled(backtest.initialCash(), 6);
        this.volumeShare = backtest.maxVolumeShare().doubleValue();
        this.maxGrossHundredths = Micros.scaled(backtest.maxGrossExposure(), 2);
    }

    /** Runs over {@code bars}, reporting each round trip to {@code sink}. */
    public ColumnarResult run(BarColumns bars, TradeSink sink) {
        ColumnarRun run = new ColumnarRun(this, bars, sink);
        int last = bars.size() - 1;
        for (int i = 0; i <= last; i++) {
            run.fill(i);
            if (bars.sessionMinute()[i] >= 0) {
                run.decide(i, i == last);
            }
        }
        if (last >= 0) {
            run.closeAtEnd(last);
        }
        return run.result();
    }
}
