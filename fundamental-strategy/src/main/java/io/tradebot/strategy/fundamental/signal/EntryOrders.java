package io.tradebot.strategy.fundamental.signal;

import io.tradebot.common.money.Quantity;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.PlaceOrderRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns an entry signal into its market order: how many shares, and the deterministic clientOrderId. */
public final class EntryOrders {

    /** The strategy name on every order, and the clientOrderId prefix. */
    public static final String STRATEGY = "fundamental";
    private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private EntryOrders() {
    }

    /**
     * The same id for the same symbol, day and side every time, so a retry or a restart can never
     * place a second order for one signal.
     *
     * @throws IllegalArgumentException if the symbol cannot be part of a valid id
     */
    public static String clientOrderId(String symbol, LocalDate tradeDate, OrderSide side) {
        String id = STRATEGY + "-" + symbol + "-" + tradeDate.format(BASIC_DATE) + "-" + side.name();
        if (!CLIENT_ORDER_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("symbol '" + symbol + "' cannot form a clientOrderId");
        }
        return id;
    }

    /** Whole shares that {@code allocation} buys at {@code price}, rounded down; zero if not even one. */
    public static long shares(BigDecimal allocation, BigDecimal price) {
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("reference price must be positive, was " + price);
        }
        if (allocation == null || allocation.signum() <= 0) {
            return 0;
        }
        return allocation.divide(price, 0, RoundingMode.FLOOR).longValueExact();
    }

    /** The BUY market order for {@code signal} at {@code price}, or empty when the allocation buys no whole share. */
    public static Optional<PlaceOrderRequest> entry(WatchlistSignal signal, BigDecimal allocation, BigDecimal price) {
        long shares = shares(allocation, price);
        if (shares < 1) {
            return Optional.empty();
        }
        String id = clientOrderId(signal.symbol(), signal.tradeDate(), OrderSide.BUY);
        return Optional.of(PlaceOrderRequest.market(id, STRATEGY, signal.symbol(), OrderSide.BUY, Quantity.of(shares).value()));
    }
}
