package io.tradebot.common.order;

import java.math.BigDecimal;

/**
 * The exits attached to an entry order: a stop-loss and a take-profit price, which become a
 * one-cancels-other pair of child orders when the entry fills.
 */
public record Bracket(BigDecimal stopLoss, BigDecimal takeProfit) {
}
