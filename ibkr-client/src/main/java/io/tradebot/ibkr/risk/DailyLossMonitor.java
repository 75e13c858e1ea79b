package io.tradebot.ibkr.risk;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.order.OrderFilled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Checks the daily loss limit after every committed fill, so trading switches to REDUCING without waiting for the next order. */
@ApplicationScoped
public class DailyLossMonitor {

    private final RiskAssessor assessor;
    private final MarketClock clock;

    public DailyLossMonitor(RiskAssessor assessor, MarketClock clock) {
        this.assessor = assessor;
        this.clock = clock;
    }

    void afterFill(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderFilled fill) {
        try {
            QuarkusTransaction.requiringNew().run(() -> assessor.assess(null, clock.view()));
        } catch (RuntimeException e) {
            // the fill is booked; the next order or fill checks the limit again
            Log.errorf(e, "Could not check the daily loss limit after the fill of %s", fill.clientOrderId());
        }
    }
}
