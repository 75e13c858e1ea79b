package io.tradebot.ibkr.adapters.sim;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderBatchRepository;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The simulated exchange's matching loop: a pass, then {@code fill-interval} of rest, then the next, on a thread of its
 * own (Quarkus' scheduler checks its jobs once a second, so it would run a shorter interval as a second). A pass reads
 * the working orders once (by plain JDBC, as detached rows: a pass reads hundreds, and Hibernate's managed entities
 * cost it more than the read), checks each against the bars the clock has reached without a lock, and books those
 * with something to book, up to a hundred in one transaction, each group through {@link RiskBook#changing} so a
 * reload of the risk book can pause it. Each pass is timed ({@code tradebot.sim.fill.pass}). When the service stops,
 * the pass under way ends after the transaction it is in, and the stop waits for that, so no booking meets a closed
 * database pool.
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
    private final Duration interval;
    private ScheduledExecutorService loop;
    private volatile boolean stopping;

    public SimExchange(OrderBatchRepository orders, SimFillBooking booking, SimBulkBooking bulk, MarketClock clock, RiskBook book,
            MeterRegistry metrics, IbkrClientConfig config) {
        this.passes = Timer.builder("tradebot.sim.fill.pass").description("How long one pass of the simulated exchange took")
                .register(metrics);
        this.interval = config.sim().fillInterval();
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("tradebot.ibkr.sim.fill-interval (TRADEBOT_SIM_FILL_INTERVAL) must be positive, was "
                    + interval);
        }
        this.bulk = bulk;
        this.book = book;
        this.orders = orders;
        this.booking = booking;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        long nanos = interval.toNanos();
        loop = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sim-exchange-fills").daemon(true).factory());
        loop.scheduleWithFixedDelay(this::fillDueOrders, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    /** Lets the pass under way finish its transaction and waits for it (up to half a minute), before the pool closes. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (loop == null) {
            return;
        }
        loop.shutdown();
        try {
            if (!loop.awaitTermination(30, TimeUnit.SECONDS)) {
                Log.warn("The simulated exchange's fill pass did not end within 30 s of the stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One pass, never throwing: an exception out of it would end the loop for good. */
    void fillDueOrders() {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            passes.record(this::fillDueOrdersNow);
        } catch (Throwable e) {
            if (!stopping) {
                Log.errorf(e, "The simulated exchange's fill pass failed; the next one runs in %s", interval);
            }
        } finally {
            requestContext.terminate();
        }
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
        for (int from = 0; from < due.size() && !stopping; from += MAX_BOOKINGS) {
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
            if (stopping) {
                return; // rolled back; the next start's first pass books them
            }
            Log.warnf("Booking %d orders in bulk failed (%s); booking them order by order", chunk.size(), e.toString());
        }
        List<Long> due = rest.get();
        if (due.isEmpty() || stopping) {
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
            if (stopping) {
                return;
            }
            try {
                book.changing(() -> booking.fillIfDue(orderId, now));
            } catch (RuntimeException e) {
                Log.errorf(e, "Could not fill order %d", orderId);
            }
        }
    }
}
