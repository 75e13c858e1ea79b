package io.tradebot.screener.earnings.rest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.tradebot.screener.earnings.client.NasdaqStandIn;
import java.util.Map;

/** Starts a {@link NasdaqStandIn}, points the live source's URL at it, and sets it into tests' fields. */
public class NasdaqStandInResource implements QuarkusTestResourceLifecycleManager {

    private NasdaqStandIn standIn;

    @Override
    public Map<String, String> start() {
        standIn = NasdaqStandIn.start();
        return Map.of("tradebot.earnings.nasdaq.url", standIn.url().toString());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(standIn, new TestInjector.MatchesType(NasdaqStandIn.class));
    }

    @Override
    public void stop() {
        if (standIn != null) {
            standIn.close();
        }
    }
}
