package io.tradebot.ibkr.risk;

import io.quarkus.logging.Log;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.marketdata.TradingHours;
import io.tradebot.ibkr.order.OrderQueries;
import io.tradebot.ibkr.order.OrderService;
import io.tradebot.strategy.risk.TradingState;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Closes every position: sets the trading state to REDUCING, then places one closing MARKET order per
 * open position through the normal order path (so risk and idempotency apply), with the clientOrderId
 * {@code flatten-<SYMBOL>-<yyyyMMddHHmmss, market clock, New York time>}. Open orders that already close
 * part of a position are subtracted; open orders are not cancelled.
 */
@ApplicationScoped
public class Flattener {

    /** The strategy name of flatten orders. */
    public static final String STRATEGY = "flatten";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(TradingHours.ZONE);

    private final RiskStateService states;
    private final BrokerGateway broker;
    private final OrderService orders;
    private final OrderQueries queries;
    private final MarketClock clock;

    public Flattener(RiskStateService states, BrokerGateway broker, OrderService orders, OrderQueries queries,
            MarketClock clock) {
        this.states = states;
        this.broker = broker;
        this.orders = orders;
        this.queries = queries;
        this.clock = clock;
    }

    /** Flattens on behalf of {@code user}; returns the closing orders, REJECTED ones included. */
    public List<OrderView> flatten(String user) {
        states.set(TradingState.REDUCING, "flatten requested by " + user, user);
        String stamp = STAMP.format(clock.now());
        List<OrderView> open = broker.openOrders();
        List<OrderView> placed = new ArrayList<>();
        for (PositionView position : broker.positions()) {
            String clientOrderId = "flatten-" + position.symbol() + "-" + stamp;
            Optional<OrderView> earlier = queries.find(clientOrderId);
            if (earlier.isPresent()) {
                placed.add(earlier.get());
                continue;
            }
            OrderSide side = position.quantity().signum() > 0 ? OrderSide.SELL : OrderSide.BUY;
            BigDecimal quantity = position.quantity().abs().subtract(pending(open, position.symbol(), side));
            if (quantity.signum() > 0) {
                placed.add(orders.place(PlaceOrderRequest.market(clientOrderId, STRATEGY, position.symbol(), side, quantity))
                        .order());
            }
        }
        Log.warnf("Flatten by %s placed %d closing orders", user, placed.size());
        return placed;
    }

    private static BigDecimal pending(List<OrderView> open, String symbol, OrderSide side) {
        return open.stream().filter(order -> order.symbol().equals(symbol) && order.side() == side)
                .map(order -> order.quantity().subtract(order.filledQuantity()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
