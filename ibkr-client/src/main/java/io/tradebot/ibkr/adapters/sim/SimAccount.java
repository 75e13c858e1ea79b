package io.tradebot.ibkr.adapters.sim;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.repository.BrokerAccountEntity;
import io.tradebot.ibkr.repository.BrokerAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;

/** The simulated brokerage account {@code SIM}: created on first start with the configured cash, kept afterwards. */
@ApplicationScoped
public class SimAccount {

    /** Id of the one simulated account. */
    public static final String ID = "SIM";
    /** Its currency. */
    public static final String CURRENCY = "USD";

    private final BrokerAccountRepository accounts;
    private final IbkrClientConfig config;
    private final MarketClock clock;

    public SimAccount(BrokerAccountRepository accounts, IbkrClientConfig config, MarketClock clock) {
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    void createOnFirstStart(@Observes StartupEvent event) {
        if (accounts.findByIdOptional(ID).isPresent()) {
            return;
        }
        BrokerAccountEntity account = new BrokerAccountEntity();
        account.accountId = ID;
        account.currency = CURRENCY;
        account.cash = config.sim().initialCash();
        account.realizedPnl = BigDecimal.ZERO;
        account.updatedAt = clock.now();
        accounts.persist(account);
        Log.infof("Created simulated account %s with %s %s", ID, account.cash.toPlainString(), CURRENCY);
    }
}
