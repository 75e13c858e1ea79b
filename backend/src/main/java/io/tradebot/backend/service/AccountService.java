package io.tradebot.backend.service;

import io.quarkus.logging.Log;
import io.tradebot.backend.client.IbkrClient;
import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;

/** Live account data from ibkr-client; when it cannot answer, a 503 problem instead of a failure. */
@ApplicationScoped
public class AccountService {

    static final String UNAVAILABLE = "broker gateway unavailable";

    private final IbkrClient ibkr;

    public AccountService(IbkrClient ibkr) {
        this.ibkr = ibkr;
    }

    /** The account summary. */
    public AccountView account() {
        return fromBroker("account", ibkr::account);
    }

    /** Open positions. */
    public List<PositionView> positions() {
        return fromBroker("positions", ibkr::positions);
    }

    private static <T> T fromBroker(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            // Down, slow, refusing or circuit open: to the UI they all mean "no live data right now".
            Log.warnf("Cannot read %s from ibkr-client: %s", what, e.toString());
            throw new ProblemException(503, UNAVAILABLE);
        }
    }
}
