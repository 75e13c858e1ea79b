package io.tradebot.devkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts an {@link IbkrClientStandIn}, points the {@code ibkr-client} REST client at it
 * ({@code quarkus.rest-client.ibkr-client.url}) and sets it into tests' {@code IbkrClientStandIn} fields.
 */
public class IbkrClientStandInResource implements QuarkusTestResourceLifecycleManager {

    private IbkrClientStandIn standIn;

    @Override
    public Map<String, String> start() {
        standIn = IbkrClientStandIn.start();
        return Map.of("quarkus.rest-client.ibkr-client.url", standIn.url());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(standIn, new TestInjector.MatchesType(IbkrClientStandIn.class));
    }

    @Override
    public void stop() {
        if (standIn != null) {
            standIn.stop();
        }
    }
}
