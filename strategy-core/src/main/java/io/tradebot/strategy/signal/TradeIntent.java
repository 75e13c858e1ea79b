package io.tradebot.strategy.signal;

import io.tradebot.strategy.risk.IntentSide;
import io.tradebot.strategy.risk.IntentType;
import io.tradebot.strategy.risk.OrderIntent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An order a strategy wants placed at a bar's close. {@code id} is {@code strategy:SYMBOL:barStart:action} (bar start
 * in UTC, {@code yyyyMMdd'T'HHmmss'Z'}): the same bar always yields the same id, so a service that uses it as the
 * order's {@code clientOrderId} can retry without ever placing a second order.
 *
 * @param barStart   the start of the bar whose close produced the intent
 * @param quantity   whole shares, positive
 * @param limitPrice the limit of LIMIT and STOP_LIMIT orders, otherwise null
 * @param stopPrice  the trigger of STOP and STOP_LIMIT orders, otherwise null
 * @param bracket    the stop-loss and take-profit of an entry, or null; never on an exit
 * @param reason     why, in words, for the order log and the UI
 */
public record TradeIntent(String id, String strategy, String symbol, Instant barStart, IntentAction action,
        IntentType type, BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice, Bracket bracket,
        String reason) {

    /** What ibkr-client accepts as a clientOrderId: 64 characters, 61 for a bracket entry (its exits add -SL, -TP). */
    private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,61}");
    private static final DateTimeFormatter BAR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public TradeIntent {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(barStart, "barStart");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (!idOf(strategy, symbol, barStart, action).equals(id) || !CLIENT_ORDER_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be " + idOf(strategy, symbol, barStart, action)
                    + " and fit a clientOrderId, was " + id);
        }
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("quantity must be a positive whole number of shares, was " + quantity);
        }
        boolean needsLimit = type == IntentType.LIMIT || type == IntentType.STOP_LIMIT;
        boolean needsStop = type == IntentType.STOP || type == IntentType.STOP_LIMIT;
        if (needsLimit != (limitPrice != null) || needsStop != (stopPrice != null)) {
            throw new IllegalArgumentException(type + " needs exactly its prices: limitPrice " + needsLimit
                    + ", stopPrice " + needsStop);
        }
        if (bracket != null && !action.opens()) {
            throw new IllegalArgumentException("only an entry carries a bracket, not " + action);
        }
        if (bracket != null && (bracket.stopLoss().compareTo(bracket.takeProfit()) < 0) != (action.side() == IntentSide.BUY)) {
            throw new IllegalArgumentException("a long's stopLoss lies below its takeProfit, a short's above");
        }
    }

    /** The deterministic id of the intent to do {@code action} at the close of the bar starting at {@code barStart}. */
    public static String idOf(String strategy, String symbol, Instant barStart, IntentAction action) {
        return strategy + ":" + symbol + ":" + BAR_TIME.format(barStart) + ":" + action;
    }

    /** BUY or SELL. */
    public IntentSide side() {
        return action.side();
    }

    /** +quantity for a BUY, -quantity for a SELL. */
    public BigDecimal signedQuantity() {
        return side() == IntentSide.BUY ? quantity : quantity.negate();
    }

    /** The intent as the pre-trade risk rules judge it. */
    public OrderIntent toOrderIntent() {
        return new OrderIntent(strategy, symbol, side(), type, quantity, limitPrice);
    }
}
