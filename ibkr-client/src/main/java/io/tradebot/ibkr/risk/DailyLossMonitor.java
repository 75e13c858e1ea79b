package io.tradebot.ibkr.risk;

import io.quarkus.logging.Log;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.order.OrderFilled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks the daily loss limit after committed fills, so trading switches to REDUCING without waiting for
 * the next order. A burst of fills (every working order filling at an open) is checked once after it,
 * not once per fill: a fill arriving while a check is pending joins it.
 */
@ApplicationScoped
public class DailyLossMonitor {

    private final RiskAssessor assessor;
    private final RiskGate gate;
    private final MarketClock clock;
    private final AtomicBoolean pending = new AtomicBoolean();

    public DailyLossMonitor(RiskAssessor assessor, RiskGate gate, MarketClock clock) {
        this.assessor = assessor;
        this.gate = gate;
        this.clock = clock;
    }

    void afterFill(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderFilled fill) {
        if (pending.compareAndSet(false, true)) {
            Thread.ofVirtual().name("daily-loss-check").start(this::check);
        }
    }

    private void check() {
        pending.set(false);
        try {
            gate.exclusively(() -> assessor.assess(null, clock.view()));
        } catch (RuntimeException e) {
            // the fills are booked; the next order or fill checks the limit again
            Log.errorf(e, "Could not check the daily loss limit after fills");
        }
    }
}
