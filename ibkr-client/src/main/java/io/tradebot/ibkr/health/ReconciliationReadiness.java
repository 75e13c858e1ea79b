package io.tradebot.ibkr.health;

import io.tradebot.ibkr.order.BrokerReconciliation;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the orders and positions have been reconciled with the broker after the start. */
@Readiness
@ApplicationScoped
public class ReconciliationReadiness implements HealthCheck {

    private final BrokerReconciliation reconciliation;

    public ReconciliationReadiness(BrokerReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("broker-reconciliation").status(reconciliation.done());
        BrokerReconciliation.Result result = reconciliation.result();
        if (result != null) {
            response.withData("at", result.at().toString())
                    .withData("unconfirmedOrders", result.unconfirmed())
                    .withData("foundAtBroker", result.foundAtBroker())
                    .withData("notAtBroker", result.notAtBroker())
                    .withData("positionMismatches", result.positionMismatches().size());
        }
        if (reconciliation.lastError() != null) {
            response.withData("lastError", reconciliation.lastError());
        }
        return response.build();
    }
}
