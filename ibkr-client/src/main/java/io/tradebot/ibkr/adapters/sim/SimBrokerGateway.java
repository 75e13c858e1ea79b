package io.tradebot.ibkr.adapters.sim;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.ibkr.broker.BrokerAck;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.BrokerOrder;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.order.OrderViews;
import io.tradebot.ibkr.repository.BrokerAccountEntity;
import io.tradebot.ibkr.repository.BrokerAccountRepository;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.ibkr.repository.PositionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The broker side of the {@code sim} adapter: accepts orders of every type (the exchange fills them later),
 * and reports the positions and the account it keeps in the database.
 */
@ApplicationScoped
public class SimBrokerGateway implements BrokerGateway {

    private final MarketData marketData;
    private final MarketClock clock;
    private final OrderRepository orders;
    private final PositionRepository positions;
    private final BrokerAccountRepository accounts;
    private final SimValuation valuation;

    public SimBrokerGateway(MarketData marketData, MarketClock clock, OrderRepository orders, PositionRepository positions,
            BrokerAccountRepository accounts, SimValuation valuation) {
        this.marketData = marketData;
        this.clock = clock;
        this.orders = orders;
        this.positions = positions;
        this.accounts = accounts;
        this.valuation = valuation;
    }

    @Override
    public BrokerAck place(BrokerOrder order) {
        if (!marketData.knows(order.symbol())) {
            return BrokerAck.rejected("No market for " + order.symbol());
        }
        return BrokerAck.accepted("SIM-" + order.orderId());
    }

    /** Always confirmed: the exchange works only orders the database shows working, and the caller holds the row lock. */
    @Override
    public boolean cancel(String clientOrderId, String brokerOrderId) {
        return true;
    }

    @Override
    @Transactional
    public List<OrderView> openOrders() {
        List<OrderStatus> open = Arrays.stream(OrderStatus.values()).filter(status -> !status.isTerminal()).toList();
        return orders.search(open, null, null).stream().map(OrderViews::of).toList();
    }

    @Override
    @Transactional
    public List<PositionView> positions() {
        return valuedPositions(clock.now()).stream().map(SimPortfolio.Line::view).toList();
    }

    @Override
    @Transactional
    public AccountView account() {
        Instant now = clock.now();
        BrokerAccountEntity account = accounts.findByIdOptional(SimAccount.ID)
                .orElseThrow(() -> new IllegalStateException("The simulated account " + SimAccount.ID + " is missing"));
        return new SimPortfolio(valuedPositions(now)).account(account, now);
    }

    private List<SimPortfolio.Line> valuedPositions(Instant now) {
        return positions.open().stream()
                .map(row -> SimPortfolio.Line.of(row, valuation.lastPrice(row.symbol, now).orElse(row.avgCost)))
                .toList();
    }
}
