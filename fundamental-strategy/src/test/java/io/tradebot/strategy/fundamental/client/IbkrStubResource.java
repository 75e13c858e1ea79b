package io.tradebot.strategy.fundamental.client;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts {@link IbkrStub}, points the ibkr-client REST client at it and hands it to tests' {@code IbkrStub} fields. */
public class IbkrStubResource implements QuarkusTestResourceLifecycleManager {

    private IbkrStub stub;

    @Override
    public Map<String, String> start() {
        stub = IbkrStub.start();
        return Map.of("quarkus.rest-client.ibkr-client.url", stub.url());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stub, new TestInjector.MatchesType(IbkrStub.class));
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.stop();
        }
    }
}
