package io.tradebot.strategy.backtest;

import io.tradebot.strategy.fill.FillSide;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One simulated execution.
 *
 * @param orderId    the intent id of the order, with {@code -SL}/{@code -TP} for a bracket's legs and {@code -EOD}
 *                   for the close at the end of the data
 * @param at         when it executed (a bar's start for a fill at the open, its end for one inside the range)
 * @param commission what IBKR's fixed pricing charges for it (per order, spread over its executions)
 */
public record Fill(String symbol, String orderId, Instant at, FillSide side, BigDecimal quantity, BigDecimal price,
        BigDecimal commission) {
}
