package io.tradebot.strategy.backtest;

/** Told how far a backtest has got; called after each bar time, so it should be cheap. */
@FunctionalInterface
public interface ProgressListener {

    /** No progress reporting. */
    ProgressListener NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} bars have been processed. */
    void progress(long done, long total);
}
