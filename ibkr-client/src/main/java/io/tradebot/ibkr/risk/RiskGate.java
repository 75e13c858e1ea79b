package io.tradebot.ibkr.risk;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.broker.OpenQuantity;
import io.tradebot.ibkr.order.ValidOrder;
import io.tradebot.strategy.risk.RiskDecision;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs pre-trade risk on a new order and records it with the verdict. The check reads the in-memory
 * {@link RiskBook}, not the database, and runs one order at a time under one lock, so every check sees the orders admitted before it and concurrent orders cannot
 * together slip past a limit each would pass alone. An admitted order is held as "in flight" (counted
 * as an open order by every later check) from its admission until its record is committed; the commit
 * itself happens outside the lock, so the database's commits of concurrent orders overlap.
 */
@ApplicationScoped
public class RiskGate {

    private final ReentrantLock admission = new ReentrantLock(true);
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final RiskAssessor assessor;
    private final OrderRateWindow rates;
    private final MarketClock clock;
    private final MeterRegistry metrics;
    private final Clock wallClock = Clock.systemUTC();

    public RiskGate(RiskAssessor assessor, OrderRateWindow rates, MarketClock clock, MeterRegistry metrics) {
        this.assessor = assessor;
        this.rates = rates;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Runs {@code work} under the admission lock: everything that reads or writes the risk state
     * (daily loss checks, state changes, views) takes it first, so an admission never waits on the
     * risk_state row lock while holding the admission lock.
     */
    public <T> T exclusively(Supplier<T> work) {
        admission.lock();
        try {
            return work.get();
        } finally {
            admission.unlock();
        }
    }

    /** An admitted order whose record is not committed yet; identity matters, not content. */
    private static final class InFlight {
        final OpenQuantity quantity;

        InFlight(OpenQuantity quantity) {
            this.quantity = quantity;
        }
    }

    /**
     * Checks {@code order} and records it through {@code record}, which gets the market clock's now (the
     * instant the order was judged at) and the rejection as "CODE: message", or null when the order passed.
     */
    public <T> T screen(ValidOrder order, BiFunction<Instant, String, T> record) {
        InFlight admitted = null;
        Instant judgedAt;
        RiskDecision.Rejection rejection = null;
        long waitStart = System.nanoTime();
        admission.lock();
        long holdStart = System.nanoTime();
        metrics.timer("tradebot.risk.admission.wait").record(holdStart - waitStart, TimeUnit.NANOSECONDS);
        try {
            Instant wallNow = wallClock.instant();
            List<OpenQuantity> pending = inFlight.stream().map(flight -> flight.quantity).toList();
            Assessment assessment = assessor.assess(order.symbol(), clock.view(), pending);
            judgedAt = assessment.clock().now();
            RiskDecision decision = assessor.rules().check(RiskIntents.of(order), assessment.account(),
                    assessment.state(), RiskIntents.session(assessment.clock().session()),
                    rates.count(order.strategy(), wallNow));
            if (decision instanceof RiskDecision.Rejection rejected) {
                rejection = rejected;
            } else {
                admitted = new InFlight(new OpenQuantity(order.symbol(), order.side(), order.quantity()));
                inFlight.add(admitted);
                rates.record(order.strategy(), wallNow);
            }
        } finally {
            admission.unlock();
            metrics.timer("tradebot.risk.admission.hold").record(System.nanoTime() - holdStart, TimeUnit.NANOSECONDS);
        }
        if (rejection != null) {
            T recorded = record.apply(judgedAt, rejection.describe());
            metrics.counter("tradebot.risk.rejections", "reason", rejection.reasonCode()).increment();
            Log.warnf("Order %s rejected by risk: %s", order.clientOrderId(), rejection.describe());
            return recorded;
        }
        try {
            // committed before the reservation is dropped: a check in between counts the order twice, never zero times
            return record.apply(judgedAt, null);
        } finally {
            inFlight.remove(admitted);
        }
    }
}
