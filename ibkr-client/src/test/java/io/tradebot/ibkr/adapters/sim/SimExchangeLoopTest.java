package io.tradebot.ibkr.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The exchange's loop runs at the configured {@code fill-interval} (200 ms in tests), also below a second, which
 * Quarkus' scheduler would have stretched to one: its checks come once a second.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class SimExchangeLoopTest {

    @Inject
    MeterRegistry metrics;

    private long passes() {
        return metrics.timer("tradebot.sim.fill.pass").count();
    }

    @Test
    void looksForFillsEveryFillIntervalEvenWhenThatIsUnderASecond() throws InterruptedException {
        long before = passes();

        Thread.sleep(3_000);

        // every 200 ms plus the pass's own time: about 14 in 3 s; a once-a-second loop makes 3 or 4
        assertThat(passes() - before).isGreaterThanOrEqualTo(8);
    }
}
