package io.tradebot.backend.client;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.client.IbkrClientApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The backend's door to ibkr-client: each read is retried once, bounded in time, and stops being tried
 * for a few seconds once ibkr-client keeps failing, so the UI gets a quick answer either way.
 */
@ApplicationScoped
public class IbkrClient {

    private final IbkrClientApi api;

    public IbkrClient(@RestClient IbkrClientApi api) {
        this.api = api;
    }

    /** The account summary. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public AccountView account() {
        return api.account();
    }

    /** Open positions. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public List<PositionView> positions() {
        return api.positions();
    }
}
