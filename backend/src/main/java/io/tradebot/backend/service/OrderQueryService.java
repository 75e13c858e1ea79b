package io.tradebot.backend.service;

import io.tradebot.backend.order.OrderRecord;
import io.tradebot.backend.repository.OrderRepository;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Orders for the UI, newest first, with the query parameters checked. */
@ApplicationScoped
public class OrderQueryService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private final OrderRepository orders;

    public OrderQueryService(OrderRepository orders) {
        this.orders = orders;
    }

    /** Orders filtered by status and symbol when given; {@code limit} must be 1..500 (default 100). */
    public List<OrderView> orders(String status, String symbol, String limit) {
        Optional<String> symbolFilter = Optional.ofNullable(blankToNull(symbol)).map(s -> s.toUpperCase(Locale.ROOT));
        return orders.newest(parseStatus(status), symbolFilter, parseLimit(limit)).stream()
                .map(OrderRecord::toView).toList();
    }

    private static int parseLimit(String limit) {
        String value = blankToNull(limit);
        int max;
        try {
            max = value == null ? DEFAULT_LIMIT : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            max = -1;
        }
        if (max < 1 || max > MAX_LIMIT) {
            throw ProblemException.badField("limit", "Field 'limit' must be a whole number from 1 to " + MAX_LIMIT);
        }
        return max;
    }

    private static Optional<OrderStatus> parseStatus(String status) {
        String value = blankToNull(status);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderStatus.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("status", "Field 'status' must be one of "
                    + List.of(OrderStatus.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
