package io.tradebot.ibkr.service;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.risk.RiskStateService;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** The account and positions as the broker reports them; today's P&L against the start-of-day equity risk keeps. */
@ApplicationScoped
public class AccountService {

    private final BrokerGateway broker;
    private final RiskStateService risk;

    public AccountService(BrokerGateway broker, RiskStateService risk) {
        this.broker = broker;
        this.risk = risk;
    }

    /**
     * The broker's summary with {@code todayPnl} = equity − start-of-day equity (captured by the first risk
     * check of the trading day, this call included, so it is known from the first call of a day on).
     */
    public AccountView account() {
        BigDecimal startOfDay = risk.view().startOfDayEquity();
        AccountView account = broker.account();
        return startOfDay == null ? account : account.withTodayPnl(account.equity().subtract(startOfDay));
    }

    public List<PositionView> positions() {
        return broker.positions();
    }
}
