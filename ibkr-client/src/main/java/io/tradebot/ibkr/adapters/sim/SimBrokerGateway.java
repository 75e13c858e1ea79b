package io.tradebot.ibkr.adapters.sim;

import io.agroal.api.AgroalDataSource;
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
import io.tradebot.ibkr.repository.WriterConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final WriterConnection receipts;

    public SimBrokerGateway(MarketData marketData, MarketClock clock, OrderRepository orders, PositionRepository positions,
            BrokerAccountRepository accounts, SimValuation valuation, SimExchangeOrderRepository received,
            AgroalDataSource database, IbkrClientConfig config) {
        this.received = received;
        this.receipts = new WriterConnection(database, "sim-exchange-receipts");
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
     * Receives an order: the exchange books its receipt, which {@link #lookup} answers from. ibkr-client hands orders
     * over inside the transaction that records their acknowledgements (on a {@link WriterConnection}), and the receipt
     * is written in that transaction: received and acknowledged commit together, or neither does, and an order whose
     * acknowledgement was lost (a crash, a failed commit) was never received, so the lookup that settles it finds nothing
     * and the exchange never works it. Called outside such a transaction, the receipt is committed on its own. A
     * second receipt of the same clientOrderId is answered from the first, never booked twice. {@code ack-latency} is
     * spent half before the receipt and half after.
     */
    @Override
    public BrokerAck place(BrokerOrder order) {
        return placeAll(List.of(order)).get(0);
    }

    /** Receives several orders as {@link #place} does one, with one receipt transaction and one latency for all. */
    @Override
    public List<BrokerAck> placeAll(List<BrokerOrder> orders) {
        Set<BrokerOrder> known = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SimExchangeOrderRepository.Receipt> booking = new ArrayList<>(orders.size());
        for (BrokerOrder order : orders) {
            if (marketData.knows(order.symbol())) {
                known.add(order);
                booking.add(new SimExchangeOrderRepository.Receipt(order.clientOrderId(), "SIM-" + order.orderId()));
            }
        }
        Map<String, String> booked = Map.of();
        if (!booking.isEmpty()) {
            pause(halfLatency);
            Instant now = clock.now();
            // in the caller's transaction when it runs one on a writer's connection (ibkr-client's hand-over, which records
            // the acknowledgements in it): receipts and acknowledgements then commit together; otherwise in one of its own
            booked = WriterConnection.current().isPresent() ? received.receive(booking, now)
                    : receipts.inTransaction(() -> received.receive(booking, now));
            pause(halfLatency);
        }
        List<BrokerAck> acks = new ArrayList<>(orders.size());
        for (BrokerOrder order : orders) {
            if (!known.contains(order)) {
                acks.add(BrokerAck.rejected("No market for " + order.symbol()));
            } else if (booked.containsKey(order.clientOrderId())) {
                acks.add(BrokerAck.accepted(booked.get(order.clientOrderId())));
            } else {
                throw new IllegalStateException("the exchange's book has no receipt of " + order.clientOrderId());
            }
        }
        return acks;
    }

    @PreDestroy
    void close() {
        receipts.close();
    }

    /** The receipts are booked in the caller's writer transaction (see {@link #place}) and roll back with it. */
    @Override
    public boolean placesWithinTransaction() {
        return true;
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
