package io.tradebot.ibkr.order;

import io.tradebot.common.order.Bracket;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.broker.MarketData;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a placement request field by field; the first bad field becomes a 400 problem naming it. */
@ApplicationScoped
public class OrderValidator {

    private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9.]{1,10}");
    private static final int MAX_STRATEGY_LENGTH = 64;
    private static final int MAX_BRACKET_PARENT_ID = 61;

    private final MarketData marketData;

    public OrderValidator(MarketData marketData) {
        this.marketData = marketData;
    }

    /** The request as a valid order, or a {@link ProblemException}: 400 naming the first bad field. */
    public ValidOrder validate(PlaceOrderRequest request) {
        if (request == null) {
            throw new ProblemException(400, "The request body is required");
        }
        String clientOrderId = required("clientOrderId", request.clientOrderId());
        if (!CLIENT_ORDER_ID.matcher(clientOrderId).matches()) {
            throw ProblemException.badField("clientOrderId", "clientOrderId must be 1-64 characters of A-Z a-z 0-9 . _ : -");
        }
        if (clientOrderId.endsWith("-SL") || clientOrderId.endsWith("-TP")) {
            throw ProblemException.badField("clientOrderId", "clientOrderIds ending in -SL or -TP are reserved for bracket exits");
        }
        String strategy = required("strategy", request.strategy()).strip();
        if (strategy.length() > MAX_STRATEGY_LENGTH) {
            throw ProblemException.badField("strategy", "strategy must be at most 64 characters");
        }
        String symbol = required("symbol", request.symbol()).strip().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(symbol).matches()) {
            throw ProblemException.badField("symbol", "symbol must be 1-10 letters, digits or dots");
        }
        if (!marketData.knows(symbol)) {
            throw ProblemException.badField("symbol", "symbol '" + symbol + "' is not tradable here");
        }
        required("side", request.side());
        OrderType type = required("type", request.type());
        BigDecimal quantity = OrderAmounts.quantity(request.quantity());
        BigDecimal limitPrice = OrderPrices.limitPrice(type, request.limitPrice());
        BigDecimal stopPrice = OrderPrices.stopPrice(type, request.stopPrice());
        Bracket bracket = OrderPrices.bracket(request.bracket(), request.side(), limitPrice);
        if (bracket != null && clientOrderId.length() > MAX_BRACKET_PARENT_ID) {
            throw ProblemException.badField("clientOrderId", "the clientOrderId of a bracket entry must be at most "
                    + MAX_BRACKET_PARENT_ID + " characters (its exits add -SL and -TP)");
        }
        TimeInForce tif = request.timeInForce() == null ? TimeInForce.DAY : request.timeInForce();
        return new ValidOrder(clientOrderId, strategy, symbol, request.side(), type, quantity, limitPrice, stopPrice, tif,
                bracket);
    }

    private static <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw ProblemException.badField(field, field + " is required");
        }
        return value;
    }
}
