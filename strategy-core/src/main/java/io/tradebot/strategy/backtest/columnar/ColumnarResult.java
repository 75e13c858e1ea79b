package io.tradebot.strategy.backtest.columnar;

/**
 * What a {@link ColumnarMacdVwap} run ends with.
 *
 * @param finalCashMicros the cash at the end (every position is closed), in micro-dollars
 * @param trades          round trips
 * @param skippedEntries  entries skipped by the exposure rule or because the symbol was not free
 * @param cappedFills     fills larger than the bar's volume share: the engine would have split them, so the run
 *                        matches the engine only when this is 0
 */
public record ColumnarResult(long finalCashMicros, int trades, int skippedEntries, int cappedFills) {
}
