package io.tradebot.ibkr.order;

import io.tradebot.common.money.Price;
import io.tradebot.common.money.Quantity;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.common.problem.Problem;
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
    private static final int MAX_STRATEGY_LENGTH = 64;

    private final MarketData marketData;

    public OrderValidator(MarketData marketData) {
        this.marketData = marketData;
    }

    /** The request as a valid order, or a {@link ProblemException}: 400 for a bad field, 422 for an unsupported type. */
    public ValidOrder validate(PlaceOrderRequest request) {
        if (request == null) {
            throw new ProblemException(400, "The request body is required");
        }
        String clientOrderId = required("clientOrderId", request.clientOrderId());
        if (!CLIENT_ORDER_ID.matcher(clientOrderId).matches()) {
            throw ProblemException.badField("clientOrderId", "clientOrderId must be 1-64 characters of A-Z a-z 0-9 . _ : -");
        }
        String strategy = required("strategy", request.strategy()).strip();
        if (strategy.length() > MAX_STRATEGY_LENGTH) {
            throw ProblemException.badField("strategy", "strategy must be at most 64 characters");
        }
        String symbol = required("symbol", request.symbol()).strip().toUpperCase(Locale.ROOT);
        if (!marketData.knows(symbol)) {
            throw ProblemException.badField("symbol", "symbol '" + symbol + "' is not tradable here");
        }
        required("side", request.side());
        OrderType type = required("type", request.type());
        BigDecimal quantity = quantity(request.quantity());
        BigDecimal limitPrice = limitPrice(type, request.limitPrice());
        if (type != OrderType.MARKET) {
            throw new ProblemException(Problem.of(422, "The simulated exchange accepts only MARKET orders so far, not " + type, "type"));
        }
        if (request.stopPrice() != null) {
            throw ProblemException.badField("stopPrice", "stopPrice must be empty for a " + type + " order");
        }
        if (request.bracket() != null) {
            throw new ProblemException(Problem.of(422, "The simulated exchange does not take bracket orders yet", "bracket"));
        }
        TimeInForce tif = request.timeInForce() == null ? TimeInForce.DAY : request.timeInForce();
        return new ValidOrder(clientOrderId, strategy, symbol, request.side(), type, quantity, limitPrice, tif);
    }

    private static BigDecimal quantity(BigDecimal value) {
        required("quantity", value);
        try {
            return new Quantity(value).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("quantity", e.getMessage());
        }
    }

    private static BigDecimal limitPrice(OrderType type, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (type == OrderType.MARKET || type == OrderType.STOP) {
            throw ProblemException.badField("limitPrice", "limitPrice must be empty for a " + type + " order");
        }
        try {
            return new Price(value).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("limitPrice", "limitPrice: " + e.getMessage());
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw ProblemException.badField(field, field + " is required");
        }
        return value;
    }
}
