package io.tradebot.ibkr.adapters.sim;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The simulated exchange's matching loop: every fill interval, reads the working orders once, checks each
 * against the bars the clock has reached without a lock, and books those with something to book, each
 * through {@link RiskBook#changing} so a reload of the risk book can pause it.
 */
@ApplicationScoped
public class SimExchange {

    private final OrderRepository orders;
    private final SimFillBooking booking;
    private final MarketClock clock;
    private final RiskBook book;

    public SimExchange(OrderRepository orders, SimFillBooking booking, MarketClock clock, RiskBook book) {
        this.book = book;
        this.orders = orders;
        this.booking = booking;
        this.clock = clock;
    }

    @Scheduled(every = "${tradebot.ibkr.sim.fill-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "sim-exchange-fills")
    void fillDueOrders() {
        Instant now = clock.now();
        List<OrderEntity> working = QuarkusTransaction.requiringNew()
                .call(() -> orders.listIn(List.of(OrderStatus.ACCEPTED, OrderStatus.PARTIALLY_FILLED)));
        booking.forgetAllBut(working.stream().map(order -> order.id).collect(Collectors.toSet()));
        for (OrderEntity order : working) {
            try {
                // checked first without a lock or a write; only an order with something to book takes its row lock
                if (booking.due(order, now)) {
                    book.changing(() -> booking.fillIfDue(order.id, now));
                }
            } catch (RuntimeException e) {
                // one bad order must not stop the others from filling; it is retried on the next run
                Log.errorf(e, "Could not fill order %d", order.id);
            }
        }
    }
}
