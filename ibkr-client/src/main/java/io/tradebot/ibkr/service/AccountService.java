package io.tradebot.ibkr.service;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.ibkr.broker.BrokerGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The account and positions as the broker reports them. */
@ApplicationScoped
public class AccountService {

    private final BrokerGateway broker;

    public AccountService(BrokerGateway broker) {
        this.broker = broker;
    }

    public AccountView account() {
        return broker.account();
    }

    public List<PositionView> positions() {
        return broker.positions();
    }
}
