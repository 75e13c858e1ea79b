package io.tradebot.strategy.backtest.columnar;

import io.tradebot.strategy.incremental.IncrementalMacd;
import io.tradebot.strategy.incremental.IncrementalSessionVwap;

/** The state of one {@link ColumnarMacdVwap} run: indicators, position, cash, working orders and the open trade. */
final class ColumnarRun {

    private final ColumnarMacdVwap p;
    private final BarColumns bars;
    private final TradeSink sink;
    private final IncrementalMacd macd;
    private final IncrementalSessionVwap vwap = new IncrementalSessionVwap();
    private double previousDiff = Double.NaN;
    private int lastDay = Integer.MIN_VALUE;
    private long cash;
    private long position;
    private boolean exitPending;
    private int exitReason;
    private int entrySide;
    private long entryQuantity;
    private long entryStop;
    private long entryTake;
    private boolean bracket;
    private int bracketFrom;
    private long stop;
    private long take;
    private int tradeSide;
    private long tradeEntrySecond;
    private long tradeEntryPrice;
    private long tradeQuantity;
    private long tradeFees;
    private int trades;
    private int skipped;
    private int capped;

    ColumnarRun(ColumnarMacdVwap parameters, BarColumns bars, TradeSink sink) {
        this.p = parameters;
        this.bars = bars;
        this.sink = sink;
        this.macd = new IncrementalMacd(parameters.fast, parameters.slow, parameters.signal);
        this.cash = parameters.initialCash;
    }

    /** The working orders on bar {@code i}: the exit, then the entry, then the bracket pair. */
    void fill(int i) {
        if (exitPending) {
            exitPending = false;
            if (position != 0) {
                execute(i, -Long.signum(position), Math.abs(position), slipped(i, -Long.signum(position)),
                        bars.startSecond()[i], exitReason);
            }
        }
        if (entrySide != 0) {
            int side = entrySide;
            entrySide = 0;
            execute(i, side, entryQuantity, slipped(i, side), bars.startSecond()[i], 0);
            bracket = true;
            bracketFrom = i + 1;
            stop = entryStop;
            take = entryTake;
        }
        if (bracket && i >= bracketFrom) {
            walkBracket(i);
        }
    }

    /** The strategy at the close of regular-session bar {@code i}; on the last bar its intents are dropped. */
    void decide(int i, boolean last) {
        double close = bars.close()[i];
        macd.update(close);
        int day = bars.day()[i];
        double sessionVwap = vwap.update(day != lastDay, bars.high()[i], bars.low()[i], close, bars.volume()[i]);
        lastDay = day;
        double diff = macd.line() - macd.signal();
        boolean up = previousDiff <= 0 && diff > 0;
        boolean down = previousDiff >= 0 && diff < 0;
        previousDiff = diff;
        if (last) {
            return;
        }
        long closeMicros = bars.closeMicros()[i];
        long equity = Math.max(0, cash + position * closeMicros);
        if (bars.secondsToClose()[i] <= p.flatSeconds) {
            exit(TradeSink.FLAT_BEFORE_CLOSE);
            return;
        }
        boolean reverses = position > 0 && down || position < 0 && up;
        if (reverses) {
            exit(TradeSink.CROSS);
        }
        boolean flatAfter = position == 0 || reverses;
        if (flatAfter && up && close > sessionVwap) {
            enter(1, closeMicros, equity);
        } else if (flatAfter && down && close < sessionVwap) {
            enter(-1, closeMicros, equity);
        }
    }

    /** Closes an open position at bar {@code i}'s close, no slippage; working orders are dropped. */
    void closeAtEnd(int i) {
        exitPending = false;
        entrySide = 0;
        bracket = false;
        if (position != 0) {
            execute(i, -Long.signum(position), Math.abs(position), bars.closeMicros()[i], bars.endSecond()[i],
                    TradeSink.END_OF_DATA);
        }
    }

    ColumnarResult result() {
        return new ColumnarResult(cash, trades, skipped, capped);
    }

    private void exit(int reason) {
        if (position != 0) {
            exitPending = true;
            exitReason = reason;
            entrySide = 0;
            bracket = false;
        }
    }

    private void enter(int side, long close, long equity) {
        long quantity = equity * p.positionBps / (10_000 * close);
        if (quantity <= 0) {
            return;
        }
        long gross = Math.abs(position) * close;
        boolean free = position == 0 || exitPending;
        if (!free || entrySide != 0 || (gross + quantity * close) * 100 > equity * p.maxGrossHundredths) {
            skipped++;
            return;
        }
        entrySide = side;
        entryQuantity = quantity;
        entryStop = Micros.percentAway(close, side > 0 ? -p.stopBps : p.stopBps);
        entryTake = Micros.percentAway(close, side > 0 ? p.takeBps : -p.takeBps);
    }

    /** The bracket on bar {@code i}: the stop-loss first, then the take-profit. */
    private void walkBracket(int i) {
        int side = -Long.signum(position);
        long open = bars.openMicros()[i];
        boolean stopHit = side < 0 ? bars.lowMicros()[i] <= stop : bars.highMicros()[i] >= stop;
        if (stopHit) {
            boolean gapped = side < 0 ? open <= stop : open >= stop;
            execute(i, side, Math.abs(position), Micros.slipped(gapped ? open : stop, side, p.slippagePpm),
                    gapped ? bars.startSecond()[i] : bars.endSecond()[i], TradeSink.STOP_LOSS);
            return;
        }
        boolean takeHit = side < 0 ? bars.highMicros()[i] >= take : bars.lowMicros()[i] <= take;
        if (takeHit) {
            boolean atOpen = side < 0 ? open >= take : open <= take;
            execute(i, side, Math.abs(position), atOpen ? open : take,
                    atOpen ? bars.startSecond()[i] : bars.endSecond()[i], TradeSink.TAKE_PROFIT);
        }
    }

    private long slipped(int i, int side) {
        return Micros.slipped(bars.openMicros()[i], side, p.slippagePpm);
    }

    /** One fill of {@code quantity} shares to {@code side} (1 buy, −1 sell) at {@code price}. */
    private void execute(int i, int side, long quantity, long price, long second, int reason) {
        if (quantity > bars.volume()[i] * p.volumeShare) {
            capped++;
        }
        long fee = Micros.commission(quantity, price);
        cash -= side * quantity * price + fee;
        if (position == 0) {
            tradeSide = side;
            tradeEntrySecond = second;
            tradeEntryPrice = price;
            tradeQuantity = quantity;
            tradeFees = 0;
        }
        tradeFees += fee;
        position += side * quantity;
        if (position == 0) {
            bracket = false;
            trades++;
            long pnl = tradeSide * (price - tradeEntryPrice) * tradeQuantity - tradeFees;
            sink.trade(tradeSide, tradeEntrySecond, tradeEntryPrice, second, price, tradeQuantity, pnl, tradeFees,
                    reason);
        }
    }
}
