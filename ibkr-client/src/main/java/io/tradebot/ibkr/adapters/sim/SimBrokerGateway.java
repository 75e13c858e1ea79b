package io.tradebot.ibkr.adapters.sim;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.ibkr.broker.BrokerAck;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.BrokerOrder;
import io.tradebot.ibkr.broker.BrokerOrderReport;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.broker.OpenQuantity;
import io.tradebot.ibkr.broker.Portfolio;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.order.OrderViews;
import io.tradebot.ibkr.repository.BrokerAccountEntity;
import io.tradebot.ibkr.repository.BrokerAccountRepository;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.ibkr.repository.PositionEntity;
import io.tradebot.ibkr.repository.PositionRepository;
import io.tradebot.ibkr.repository.SimExchangeOrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The broker side of the {@code sim} adapter: accepts orders of every type (the exchange fills them later),
 * and reports the positions and the account it keeps in the database.
 */
@ApplicationScoped
public class SimBrokerGateway implements BrokerGateway {

    private static final List<OrderStatus> OPEN = Arrays.stream(OrderStatus.values()).filter(status -> !status.isTerminal()).toList();

    private final MarketData marketData;
    private final MarketClock clock;
    private final OrderRepository orders;
    private final PositionRepository positions;
    private final BrokerAccountRepository accounts;
    private final SimValuation valuation;
    private final SimExchangeOrderRepository received;
    private final Duration halfLatency;
    private final BigDecimal initialMarginPct;

    public SimBrokerGateway(MarketData marketData, MarketClock clock, OrderRepository orders, PositionRepository positions,
            BrokerAccountRepository accounts, SimValuation valuation, SimExchangeOrderRepository received,
            IbkrClientConfig config) {
        this.received = received;
        this.halfLatency = config.sim().ackLatency().dividedBy(2);
        this.initialMarginPct = config.risk().initialMarginPct();
        this.marketData = marketData;
        this.clock = clock;
        this.orders = orders;
        this.positions = positions;
        this.accounts = accounts;
        this.valuation = valuation;
    }

    /**
     * Receives an order: the exchange writes its receipt in a transaction of its own (as a real exchange
     * keeps its own book), so an order it received stays known to {@link #lookup} even when ibkr-client
     * stops before recording the acknowledgement. A second receipt of the same clientOrderId is answered
     * from the first, never booked twice. {@code ack-latency} is spent half before the receipt and half after.
     */
    @Override
    public BrokerAck place(BrokerOrder order) {
        return placeAll(List.of(order)).get(0);
    }

    /** Receives several orders as {@link #place} does one, with one receipt transaction and one latency for all. */
    @Override
    public List<BrokerAck> placeAll(List<BrokerOrder> orders) {
        List<SimExchangeOrderRepository.Receipt> receipts = orders.stream().filter(order -> marketData.knows(order.symbol()))
                .map(order -> new SimExchangeOrderRepository.Receipt(order.clientOrderId(), "SIM-" + order.orderId())).toList();
        Map<String, String> booked = Map.of();
        if (!receipts.isEmpty()) {
            pause(halfLatency);
            booked = QuarkusTransaction.requiringNew().call(() -> received.receive(receipts, clock.now()));
            pause(halfLatency);
        }
        List<BrokerAck> acks = new ArrayList<>(orders.size());
        for (BrokerOrder order : orders) {
            if (!marketData.knows(order.symbol())) {
                acks.add(BrokerAck.rejected("No market for " + order.symbol()));
            } else if (booked.containsKey(order.clientOrderId())) {
                acks.add(BrokerAck.accepted(booked.get(order.clientOrderId())));
            } else {
                throw new IllegalStateException("the exchange's book has no receipt of " + order.clientOrderId());
            }
        }
        return acks;
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the order was on its way", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<BrokerOrderReport> lookup(String clientOrderId) {
        return received.findByClientOrderId(clientOrderId)
                .map(row -> new BrokerOrderReport(row.clientOrderId, row.brokerOrderId, OrderStatus.ACCEPTED));
    }

    /** Always confirmed: the exchange works only orders the database shows working, and the caller holds the row lock. */
    @Override
    public boolean cancel(String clientOrderId, String brokerOrderId) {
        return true;
    }

    @Override
    @Transactional
    public List<OrderView> openOrders() {
        return orders.search(OPEN, null, null).stream().map(OrderViews::of).toList();
    }

    @Override
    @Transactional
    public List<OpenQuantity> openQuantities() {
        return orders.remainingBySymbolAndSide(OPEN).stream()
                .map(row -> new OpenQuantity((String) row[0], (OrderSide) row[1], (BigDecimal) row[2]))
                .filter(open -> open.remaining().signum() > 0).toList();
    }

    @Override
    @Transactional
    public List<PositionView> positions() {
        return valuedPositions(clock.now()).stream().map(SimPortfolio.Line::view).toList();
    }

    @Override
    @Transactional
    public AccountView account() {
        return portfolio().account();
    }

    @Override
    @Transactional
    public Portfolio portfolio() {
        Instant now = clock.now();
        BrokerAccountEntity account = accounts.findByIdOptional(SimAccount.ID)
                .orElseThrow(() -> new IllegalStateException("The simulated account " + SimAccount.ID + " is missing"));
        List<SimPortfolio.Line> lines = valuedPositions(now);
        return new Portfolio(new SimPortfolio(lines, initialMarginPct).account(account, now), lines.stream().map(SimPortfolio.Line::view).toList());
    }

    private List<SimPortfolio.Line> valuedPositions(Instant now) {
        List<PositionEntity> open = positions.open();
        Map<String, BigDecimal> prices = valuation.lastPrices(open.stream().map(row -> row.symbol).toList(), now);
        return open.stream().map(row -> SimPortfolio.Line.of(row, prices.getOrDefault(row.symbol, row.avgCost))).toList();
    }
}
