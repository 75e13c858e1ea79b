package io.tradebot.ibkr.adapters.sim;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The simulated exchange's matching loop: every fill interval, walks each working order over the bars the
 * clock has reached, each order through {@link RiskBook#changing} so a reload of the risk book can pause it.
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
        List<Long> waiting = QuarkusTransaction.requiringNew()
                .call(() -> orders.idsIn(List.of(OrderStatus.ACCEPTED, OrderStatus.PARTIALLY_FILLED)));
        for (Long orderId : waiting) {
            try {
                book.changing(() -> booking.fillIfDue(orderId, now));
            } catch (RuntimeException e) {
                // one bad order must not stop the others from filling; it is retried on the next run
                Log.errorf(e, "Could not fill order %d", orderId);
            }
        }
    }
}
