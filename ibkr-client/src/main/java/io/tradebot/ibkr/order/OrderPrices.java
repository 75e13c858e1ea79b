package io.tradebot.ibkr.order;

import io.tradebot.common.order.Bracket;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.problem.ProblemException;
import java.math.BigDecimal;

/**
 * The price fields of a placement request: a limit price exactly for LIMIT and STOP_LIMIT, a stop
 * price exactly for STOP and STOP_LIMIT, and a bracket's exits on the right sides of each other and of
 * the entry's limit (BUY: stopLoss &lt; limit &lt; takeProfit; SELL mirrors). Each refusal names its field;
 * {@link OrderAmounts} checks each price's sign, size and decimals.
 */
final class OrderPrices {

    private OrderPrices() {
    }

    static BigDecimal limitPrice(OrderType type, BigDecimal value) {
        boolean needed = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        return price("limitPrice", type, needed, value);
    }

    static BigDecimal stopPrice(OrderType type, BigDecimal value) {
        boolean needed = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
        return price("stopPrice", type, needed, value);
    }

    /** The bracket with its prices checked, or null when there is none. */
    static Bracket bracket(Bracket bracket, OrderSide side, BigDecimal entryLimit) {
        if (bracket == null) {
            return null;
        }
        BigDecimal stopLoss = OrderAmounts.price("bracket.stopLoss", bracket.stopLoss());
        BigDecimal takeProfit = OrderAmounts.price("bracket.takeProfit", bracket.takeProfit());
        boolean buy = side == OrderSide.BUY;
        if (buy ? stopLoss.compareTo(takeProfit) >= 0 : stopLoss.compareTo(takeProfit) <= 0) {
            throw ProblemException.badField("bracket", "bracket.stopLoss must be " + (buy ? "below" : "above")
                    + " bracket.takeProfit for a " + side + " entry");
        }
        if (entryLimit != null && (buy ? entryLimit.compareTo(stopLoss) <= 0 || entryLimit.compareTo(takeProfit) >= 0
                : entryLimit.compareTo(stopLoss) >= 0 || entryLimit.compareTo(takeProfit) <= 0)) {
            throw ProblemException.badField("bracket", "the entry's limitPrice must lie between bracket.stopLoss and bracket.takeProfit");
        }
        return new Bracket(stopLoss, takeProfit);
    }

    private static BigDecimal price(String field, OrderType type, boolean needed, BigDecimal value) {
        if (needed && value == null) {
            throw ProblemException.badField(field, field + " is required for a " + type + " order");
        }
        if (!needed && value != null) {
            throw ProblemException.badField(field, field + " must be empty for a " + type + " order");
        }
        return value == null ? null : OrderAmounts.price(field, value);
    }
}
