package io.tradebot.strategy.backtest.columnar;

/** Where {@link ColumnarMacdVwap} reports each round trip, without allocating one. */
@FunctionalInterface
public interface TradeSink {

    /** Exit reasons. */
    int CROSS = 1;
    int FLAT_BEFORE_CLOSE = 2;
    int STOP_LOSS = 3;
    int TAKE_PROFIT = 4;
    int END_OF_DATA = 5;

    /** A sink that keeps nothing. */
    TradeSink NONE = (side, entrySecond, entryMicros, exitSecond, exitMicros, quantity, pnlMicros, feeMicros,
            reason) -> { };

    /**
     * One round trip, money in micro-dollars.
     *
     * @param side   1 long, −1 short
     * @param reason one of the exit reasons above
     */
    void trade(int side, long entrySecond, long entryMicros, long exitSecond, long exitMicros, long quantity,
            long pnlMicros, long feeMicros, int reason);
}
