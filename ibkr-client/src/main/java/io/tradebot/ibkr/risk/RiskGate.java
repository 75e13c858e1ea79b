package io.tradebot.ibkr.risk;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.order.ValidOrder;
import io.tradebot.strategy.risk.RiskDecision;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * Runs pre-trade risk on a new order and records the order with the verdict, one order at a time: the
 * check and the insert happen under one lock, so every check sees the orders admitted before it and
 * concurrent orders cannot together slip past a limit each would pass alone.
 */
@ApplicationScoped
public class RiskGate {

    private final ReentrantLock admission = new ReentrantLock(true);
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
     * Checks {@code order} and records it through {@code record}, which gets the market clock's now (the
     * instant the order was judged at) and the rejection as "CODE: message", or null when the order passed.
     */
    public <T> T screen(ValidOrder order, BiFunction<Instant, String, T> record) {
        admission.lock();
        try {
            Instant wallNow = wallClock.instant();
            Assessment assessment = QuarkusTransaction.requiringNew()
                    .call(() -> assessor.assess(order.symbol(), clock.view()));
            RiskDecision decision = assessor.rules().check(RiskIntents.of(order), assessment.account(),
                    assessment.state(), RiskIntents.session(assessment.clock().session()),
                    rates.recent(order.strategy(), wallNow), wallNow);
            if (decision instanceof RiskDecision.Rejection rejection) {
                T recorded = record.apply(assessment.clock().now(), rejection.describe());
                metrics.counter("tradebot.risk.rejections", "reason", rejection.reasonCode()).increment();
                Log.warnf("Order %s rejected by risk: %s", order.clientOrderId(), rejection.describe());
                return recorded;
            }
            T recorded = record.apply(assessment.clock().now(), null);
            rates.record(order.strategy(), wallNow);
            return recorded;
        } finally {
            admission.unlock();
        }
    }
}
