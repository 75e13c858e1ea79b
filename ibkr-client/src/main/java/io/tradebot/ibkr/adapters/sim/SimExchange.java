package io.tradebot.ibkr.adapters.sim;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderBatchRepository;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The simulated exchange's matching loop: every fill interval, reads the working orders once (by plain JDBC, as
 * detached rows: a pass reads hundreds, and Hibernate's managed entities cost it more than the read), checks each
 * against the bars the clock has reached without a lock, and books those with something to book, up to
 * a hundred in one transaction, each group through {@link RiskBook#changing} so a reload of the risk book
 * can pause it. Each pass is timed ({@code tradebot.sim.fill.pass}).
 */
@ApplicationScoped
public class SimExchange {

    /** The most orders one transaction books: a pass's fills share commits, and row locks are not held for long. */
    private static final int MAX_BOOKINGS = 100;

    private final OrderBatchRepository orders;
    private final SimFillBooking booking;
    private final SimBulkBooking bulk;
    private final MarketClock clock;
    private final RiskBook book;
    private final Timer passes;

    public SimExchange(OrderBatchRepository orders, SimFillBooking booking, SimBulkBooking bulk, MarketClock clock, RiskBook book,
            MeterRegistry metrics) {
        this.passes = Timer.builder("tradebot.sim.fill.pass").description("How long one pass of the simulated exchange took")
                .register(metrics);
        this.bulk = bulk;
        this.book = book;
        this.orders = orders;
        this.booking = booking;
        this.clock = clock;
    }

    @Scheduled(every = "${tradebot.ibkr.sim.fill-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "sim-exchange-fills")
    void fillDueOrders() {
        passes.record(this::fillDueOrdersNow);
    }

    private void fillDueOrdersNow() {
        Instant now = clock.now();
        List<OrderEntity> working = QuarkusTransaction.requiringNew()
                .call(() -> orders.readIn(List.of(OrderStatus.ACCEPTED, OrderStatus.PARTIALLY_FILLED)));
        booking.forgetAllBut(working.stream().map(order -> order.id).collect(Collectors.toSet()));
        List<Long> due = new ArrayList<>();
        for (OrderEntity order : working) {
            try {
                // checked first without a lock or a write; only an order with something to book takes its row lock
                if (booking.due(order, now)) {
                    due.add(order.id);
                }
            } catch (RuntimeException e) {
                // one bad order must not stop the others from filling; it is retried on the next run
                Log.errorf(e, "Could not fill order %d", order.id);
            }
        }
        for (int from = 0; from < due.size(); from += MAX_BOOKINGS) {
            book(due.subList(from, Math.min(due.size(), from + MAX_BOOKINGS)), now);
        }
    }

    /**
     * Books {@code due}: the simple orders in bulk ({@link SimBulkBooking}), the others in one transaction of the
     * per-order booking; if that fails, one by one, so one bad order cannot hold the others back.
     */
    private void book(List<Long> chunk, Instant now) {
        AtomicReference<List<Long>> rest = new AtomicReference<>(chunk);
        try {
            book.changing(() -> rest.set(bulk.bookSimple(chunk, now)));
        } catch (RuntimeException e) {
            Log.warnf("Booking %d orders in bulk failed (%s); booking them order by order", chunk.size(), e.toString());
        }
        List<Long> due = rest.get();
        if (due.isEmpty()) {
            return;
        }
        try {
            book.changing(() -> booking.fillAllIfDue(due, now));
            return;
        } catch (RuntimeException e) {
            if (due.size() == 1) {
                Log.errorf(e, "Could not fill order %d", due.get(0));
                return;
            }
            Log.debugf("Booking %d orders together failed (%s); booking them one by one", due.size(), e.toString());
        }
        for (long orderId : due) {
            try {
                book.changing(() -> booking.fillIfDue(orderId, now));
            } catch (RuntimeException e) {
                Log.errorf(e, "Could not fill order %d", orderId);
            }
        }
    }
}
