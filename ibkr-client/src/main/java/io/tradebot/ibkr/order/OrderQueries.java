package io.tradebot.ibkr.order;

import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.repository.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads orders for the API. */
@ApplicationScoped
public class OrderQueries {

    /** The {@code status} filter value meaning "every status that is not terminal". */
    public static final String OPEN = "open";

    private final OrderRepository orders;

    public OrderQueries(OrderRepository orders) {
        this.orders = orders;
    }

    /** Orders newest first; {@code status} is an {@link OrderStatus} name or {@code open}; null filters are ignored. */
    @Transactional
    public List<OrderView> list(String status, String strategy, String symbol) {
        String normalizedSymbol = symbol == null || symbol.isBlank() ? null : symbol.strip().toUpperCase(Locale.ROOT);
        String normalizedStrategy = strategy == null || strategy.isBlank() ? null : strategy.strip();
        return orders.search(statuses(status), normalizedStrategy, normalizedSymbol).stream().map(OrderViews::of).toList();
    }

    @Transactional
    public Optional<OrderView> find(String clientOrderId) {
        return orders.findByClientOrderId(clientOrderId).map(OrderViews::of);
    }

    private static Set<OrderStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (OPEN.equalsIgnoreCase(status.strip())) {
            return Arrays.stream(OrderStatus.values()).filter(s -> !s.isTerminal()).collect(Collectors.toSet());
        }
        try {
            return Set.of(OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("status", "status must be 'open' or one of "
                    + Arrays.toString(OrderStatus.values()));
        }
    }
}
