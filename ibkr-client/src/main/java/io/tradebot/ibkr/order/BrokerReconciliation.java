package io.tradebot.ibkr.order;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.repository.ExecutionRepository;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings the database in line with the broker when ibkr-client starts, before it accepts an order:
 * every order whose submission was not confirmed (SUBMITTED when the process stopped, or UNKNOWN) is
 * looked up at the broker by its clientOrderId and settled from the answer, never resent; then the
 * positions the broker reports are checked against the executions recorded. Until this is done,
 * readiness is DOWN and {@code POST /orders} answers 503. If the database or the broker cannot be
 * reached it retries. While running, UNKNOWN orders left by a failed submission are settled the same way.
 */
@ApplicationScoped
public class BrokerReconciliation {

    private static final Duration RETRY = Duration.ofSeconds(2);

    private final OrderRepository orders;
    private final ExecutionRepository executions;
    private final OrderStore store;
    private final BrokerGateway broker;
    private final MarketClock clock;
    private final MeterRegistry metrics;
    private final RiskBook riskBook;
    private final CountDownLatch reconciled = new CountDownLatch(1);
    private final AtomicInteger mismatchGauge = new AtomicInteger();
    private volatile boolean done;
    private volatile boolean stopping;
    private volatile Result result;
    private volatile String lastError;

    public BrokerReconciliation(OrderRepository orders, ExecutionRepository executions, OrderStore store, BrokerGateway broker,
            MarketClock clock, MeterRegistry metrics, RiskBook riskBook) {
        this.riskBook = riskBook;
        this.orders = orders;
        this.executions = executions;
        this.store = store;
        this.broker = broker;
        this.clock = clock;
        this.metrics = metrics;
        metrics.gauge("tradebot.reconciliation.position.mismatches", mismatchGauge);
    }

    /** What the last reconciliation found and did. */
    public record Result(Instant at, int unconfirmed, int foundAtBroker, int notAtBroker, List<String> positionMismatches) {
    }

    /** Runs after the schema migration (priority 0) and the sim account's creation (default 2500), on a thread of its own. */
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        Thread.ofVirtual().name("broker-reconciliation").start(this::reconcileUntilDone);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void reconcileUntilDone() {
        while (!done && !stopping) {
            try {
                reconcile();
            } catch (RuntimeException e) {
                lastError = e.toString();
                Log.errorf(e, "Reconciliation with the broker failed; retrying in %s", RETRY);
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One full pass; marks the service reconciled when it completes. */
    public synchronized Result reconcile() {
        List<Long> submitted = QuarkusTransaction.requiringNew().call(() -> orders.idsIn(List.of(OrderStatus.SUBMITTED)));
        for (Long id : submitted) {
            store.markUnknown(id, "no broker acknowledgement was recorded before ibkr-client stopped", clock.now());
        }
        int[] settled = settleUnknown();
        List<String> mismatches = positionMismatches();
        riskBook.reload();
        Result outcome = new Result(Instant.now(), settled[0] + settled[1], settled[0], settled[1], mismatches);
        result = outcome;
        lastError = null;
        done = true;
        reconciled.countDown();
        Log.infof("Reconciled with the broker: %d unconfirmed orders (%d found at the broker, %d not), %d position mismatches",
                outcome.unconfirmed(), outcome.foundAtBroker(), outcome.notAtBroker(), mismatches.size());
        return outcome;
    }

    /** Settles the UNKNOWN orders left by a submission that failed while running. */
    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void settleUnknownWhileRunning() {
        if (done) {
            settleUnknown();
        }
    }

    /** Looks every UNKNOWN order up at the broker; returns {found, not found}. */
    private synchronized int[] settleUnknown() {
        List<Long> unknown = QuarkusTransaction.requiringNew().call(() -> orders.idsIn(List.of(OrderStatus.UNKNOWN)));
        int found = 0;
        int missing = 0;
        for (Long id : unknown) {
            String clientOrderId = QuarkusTransaction.requiringNew().call(() -> orders.findById(id).clientOrderId);
            var report = broker.lookup(clientOrderId);
            var settled = store.resolve(id, report, clock.now());
            if (report.isPresent()) {
                found++;
            } else {
                missing++;
            }
            metrics.counter("tradebot.orders.reconciled", "outcome", report.isPresent() ? "found" : "not_at_broker").increment();
            Log.warnf("Order %s was unconfirmed; the broker %s: now %s", clientOrderId,
                    report.isPresent() ? "has it" : "never received it", settled.status);
        }
        return new int[] {found, missing};
    }

    /** Symbols whose position at the broker differs from what the recorded executions add up to. */
    private List<String> positionMismatches() {
        // one transaction: the exchange keeps filling meanwhile, and under REPEATABLE READ both reads see the same
        // snapshot, so a fill committed between them cannot show as a mismatch (the sim positions join it)
        Map<String, BigDecimal> atBroker = new TreeMap<>();
        Map<String, BigDecimal> fromExecutions = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, BigDecimal> recorded = executions.netQuantityBySymbol();
            for (PositionView position : broker.positions()) {
                atBroker.put(position.symbol(), position.quantity());
            }
            return recorded;
        });
        TreeSet<String> symbols = new TreeSet<>(fromExecutions.keySet());
        symbols.addAll(atBroker.keySet());
        List<String> mismatches = new ArrayList<>();
        for (String symbol : symbols) {
            BigDecimal recorded = fromExecutions.getOrDefault(symbol, BigDecimal.ZERO);
            BigDecimal reported = atBroker.getOrDefault(symbol, BigDecimal.ZERO);
            if (recorded.compareTo(reported) != 0) {
                mismatches.add(symbol + ": broker " + reported.toPlainString() + ", executions " + recorded.toPlainString());
                Log.errorf("Position mismatch for %s: the broker reports %s, the recorded executions add up to %s", symbol,
                        reported.toPlainString(), recorded.toPlainString());
            }
        }
        mismatchGauge.set(mismatches.size());
        return mismatches;
    }

    public boolean done() {
        return done;
    }

    /** Waits up to {@code timeout} for the start's reconciliation; true once it is done. */
    public boolean awaitDone(Duration timeout) {
        try {
            return reconciled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return done;
        }
    }

    public Result result() {
        return result;
    }

    public String lastError() {
        return lastError;
    }
}
