package io.tradebot.ibkr.risk;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderSide;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.broker.OpenQuantity;
import io.tradebot.ibkr.broker.Portfolio;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.RiskStateEntity;
import io.tradebot.ibkr.repository.RiskStateRepository;
import io.tradebot.ibkr.repository.WriterConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What pre-trade risk reads, kept in memory so an order is judged without a database round trip: cash,
 * positions, the unfilled quantity of working orders per symbol and side, the latest price of our own
 * fills, and the risk state.
 *
 * <p>The database stays the record. The book is read from it (through the broker port) once the start's
 * reconciliation is done, and then follows it by deltas: every transaction (JTA's, or a {@link WriterConnection}'s) that changes an order's status
 * or quantity, books a fill or writes the risk state reports it here while it runs, and the change is
 * applied when (and only if) that transaction commits. Deltas add up in any order, so transactions that
 * commit concurrently cannot leave the book stale. A reload happens only when no such transaction is
 * running, so no change is counted twice or lost. Every 30 seconds, when quiet, the book is compared with
 * the database: a difference is logged, counted ({@code tradebot_risk_book_drift_total}) and repaired.
 *
 * <p>Every path that changes what the book holds must report it: {@code OrderLifecycle} (every status
 * change), the adapter's fill booking ({@link #filled}) and the risk state's writers ({@link #stateWritten}).
 */
@ApplicationScoped
public class RiskBook {

    /** Quiet moments waited for (about a second in all) before a reload pauses the exchange's work. */
    private static final int QUIET_ATTEMPTS = 25;

    private final TransactionSynchronizationRegistry transactions;
    private final BrokerGateway broker;
    private final MarketData marketData;
    private final RiskStateRepository states;
    private final MeterRegistry metrics;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong committed = new AtomicLong();
    private final Object lock = new Object();
    private final ReentrantReadWriteLock pauses = new ReentrantReadWriteLock();
    private Figures figures;

    public RiskBook(TransactionSynchronizationRegistry transactions, BrokerGateway broker, MarketData marketData,
            RiskStateRepository states, MeterRegistry metrics) {
        this.transactions = transactions;
        this.broker = broker;
        this.marketData = marketData;
        this.states = states;
        this.metrics = metrics;
    }

    /** The risk state as last committed. */
    public record State(io.tradebot.strategy.risk.TradingState tradingState, String reason, String changedBy,
            Instant changedAt, BigDecimal startOfDayEquity, java.time.LocalDate startOfDayDate, boolean dailyLossTriggered) {

        static State of(RiskStateEntity row) {
            return new State(row.tradingState, row.reason, row.changedBy, row.changedAt, row.startOfDayEquity,
                    row.startOfDayDate, row.dailyLossTriggered);
        }
    }

    /** A copy of the book at one moment, with held symbols priced at {@code now}. */
    public record Holdings(BigDecimal cash, Map<String, Held> positions, List<OpenQuantity> openOrders, State state) {
    }

    /** A position and the price it is valued at (null when nothing prices it). */
    public record Held(BigDecimal quantity, BigDecimal lastPrice) {
    }

    // ---- hooks, called inside the transaction that makes the change ----

    /** {@code order} was just inserted: it had no unfilled quantity before this transaction. */
    public void orderCreated(OrderEntity order) {
        changes().orders.putIfAbsent(order, BigDecimal.ZERO);
    }

    /** {@code order} is about to change (status, filled quantity); call before changing it. */
    public void orderChanging(OrderEntity order) {
        changes().orders.putIfAbsent(order, unfilled(order));
    }

    /** A fill changed {@code symbol}'s position by {@code signedQuantity} and the cash by {@code cashChange}, at {@code price}. */
    public void filled(String symbol, BigDecimal signedQuantity, BigDecimal cashChange, BigDecimal price, Instant at) {
        changes().fills.add(new Fill(symbol, signedQuantity, cashChange, new MarketData.PricePoint(price, at)));
    }

    /** The risk_state row was written in this transaction; its values at the commit become the book's state. */
    public void stateWritten(RiskStateEntity row) {
        changes().stateRow = row;
    }

    // ---- reading ----

    /** The book as of now; reads it from the database first if it was never read. */
    public Holdings holdings(Instant now) {
        synchronized (lock) {
            if (figures != null) {
                return figures.holdings(now, marketData);
            }
        }
        reload();
        return holdings(now);
    }

    /**
     * Runs a unit of background work that may change the book (the exchange's pass over one order) unless a
     * reload is reading, which it then waits for. Call it holding no database lock, so it cannot deadlock.
     */
    public void changing(Runnable work) {
        pauses.readLock().lock();
        try {
            work.run();
        } finally {
            pauses.readLock().unlock();
        }
    }

    /**
     * Reads the book from the database at a moment no change is in flight: first by waiting for one
     * without blocking anything; if the exchange keeps changing it for a second, by pausing the work run
     * through {@link #changing} while reading.
     */
    public void reload() {
        for (int attempt = 0; attempt < QUIET_ATTEMPTS; attempt++) {
            if (installQuietReading()) {
                return;
            }
            pause(attempt);
        }
        pauses.writeLock().lock();
        try {
            for (int attempt = 0; !installQuietReading(); attempt++) {
                pause(attempt);
            }
        } finally {
            pauses.writeLock().unlock();
        }
    }

    private boolean installQuietReading() {
        Optional<Figures> read = readQuietly();
        read.ifPresent(figures -> {
            synchronized (lock) {
                this.figures = figures;
            }
        });
        return read.isPresent();
    }

    /**
     * Compares the book with the database and repairs it; returns the differences found, or empty when a
     * change was in flight, so nothing could be compared.
     */
    public Optional<List<String>> audit() {
        Optional<Figures> read = readQuietly();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<String> differences;
        synchronized (lock) {
            differences = figures == null ? List.of() : figures.differences(read.get());
            figures = read.get();
        }
        if (!differences.isEmpty()) {
            metrics.counter("tradebot.risk.book.drift").increment(differences.size());
            Log.errorf("The in-memory risk book differed from the database and was repaired: %s", differences);
        }
        return Optional.of(differences);
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "risk-book-audit")
    void auditPeriodically() {
        synchronized (lock) {
            if (figures == null) {
                return;
            }
        }
        audit();
    }

    /** A consistent reading, or empty when a change was in flight while reading. */
    private Optional<Figures> readQuietly() {
        long before = committed.get();
        if (running.get() != 0) {
            return Optional.empty();
        }
        Figures read = QuarkusTransaction.requiringNew().call(this::read);
        synchronized (lock) {
            return running.get() == 0 && committed.get() == before ? Optional.of(read) : Optional.empty();
        }
    }

    private Figures read() {
        Portfolio portfolio = broker.portfolio();
        Figures read = new Figures(portfolio.account().cash(), State.of(states.current()));
        Instant now = portfolio.account().asOf();
        for (PositionView position : portfolio.positions()) {
            read.positions.put(position.symbol(), position.quantity());
            if (position.lastPrice() != null) {
                read.marks.put(position.symbol(), new MarketData.PricePoint(position.lastPrice(), now));
            }
        }
        for (OpenQuantity open : broker.openQuantities()) {
            read.addOpen(open.symbol(), open.side(), open.remaining());
        }
        return read;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(50, 1L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the risk book", e);
        }
    }

    private static BigDecimal unfilled(OrderEntity order) {
        return order.status.isTerminal() ? BigDecimal.ZERO : order.quantity.subtract(order.filledQuantity);
    }

    // ---- one transaction's changes ----

    private record Fill(String symbol, BigDecimal signedQuantity, BigDecimal cashChange, MarketData.PricePoint price) {
    }

    private record OpenChange(String symbol, OrderSide side, BigDecimal change) {
    }

    private Changes changes() {
        Optional<WriterConnection.Transaction> writer = WriterConnection.current();
        if (writer.isPresent()) {
            Changes changes = (Changes) writer.get().resource(Changes.class);
            if (changes == null) {
                changes = new Changes();
                writer.get().putResource(Changes.class, changes);
                writer.get().register(changes);
                running.incrementAndGet();
            }
            return changes;
        }
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_MARKED_ROLLBACK) {
            return new Changes(); // this transaction will not commit: its changes are never applied
        }
        if (status != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("the risk book follows committed changes only: no active transaction");
        }
        Changes changes = (Changes) transactions.getResource(Changes.class);
        if (changes == null) {
            changes = new Changes();
            transactions.putResource(Changes.class, changes);
            transactions.registerInterposedSynchronization(changes);
            running.incrementAndGet();
        }
        return changes;
    }

    /** What one transaction changed; applied after it commits. */
    private final class Changes implements Synchronization {
        final Map<OrderEntity, BigDecimal> orders = new IdentityHashMap<>();
        final List<Fill> fills = new ArrayList<>();
        RiskStateEntity stateRow;
        List<OpenChange> openChanges = List.of();
        State state;

        @Override
        public void beforeCompletion() {
            // the rows' final values, read while the transaction still holds their locks
            List<OpenChange> open = new ArrayList<>();
            orders.forEach((order, before) -> {
                BigDecimal change = unfilled(order).subtract(before);
                if (change.signum() != 0) {
                    open.add(new OpenChange(order.symbol, order.side, change));
                }
            });
            openChanges = open;
            state = stateRow == null ? null : State.of(stateRow);
        }

        @Override
        public void afterCompletion(int status) {
            try {
                if (status == Status.STATUS_COMMITTED) {
                    synchronized (lock) {
                        if (figures != null) {
                            figures.apply(this);
                        }
                        committed.incrementAndGet();
                    }
                }
            } finally {
                running.decrementAndGet();
            }
        }
    }

    // ---- the figures ----

    /** The book's contents; guarded by {@link #lock}. */
    private static final class Figures {
        BigDecimal cash;
        State state;
        final Map<String, BigDecimal> positions = new java.util.HashMap<>();
        final Map<String, MarketData.PricePoint> marks = new java.util.HashMap<>();
        final Map<String, BigDecimal> openBuy = new java.util.HashMap<>();
        final Map<String, BigDecimal> openSell = new java.util.HashMap<>();

        Figures(BigDecimal cash, State state) {
            this.cash = cash;
            this.state = state;
        }

        void apply(Changes changes) {
            for (OpenChange change : changes.openChanges) {
                addOpen(change.symbol(), change.side(), change.change());
            }
            for (Fill fill : changes.fills) {
                add(positions, fill.symbol(), fill.signedQuantity());
                cash = cash.add(fill.cashChange());
                MarketData.PricePoint mark = marks.get(fill.symbol());
                if (mark == null || !fill.price().at().isBefore(mark.at())) {
                    marks.put(fill.symbol(), fill.price());
                }
            }
            if (changes.state != null) {
                state = changes.state;
            }
        }

        void addOpen(String symbol, OrderSide side, BigDecimal change) {
            add(side == OrderSide.BUY ? openBuy : openSell, symbol, change);
        }

        private static void add(Map<String, BigDecimal> totals, String symbol, BigDecimal change) {
            BigDecimal total = totals.getOrDefault(symbol, BigDecimal.ZERO).add(change);
            if (total.signum() == 0) {
                totals.remove(symbol);
            } else {
                totals.put(symbol, total);
            }
        }

        Holdings holdings(Instant now, MarketData marketData) {
            Map<String, Held> held = new java.util.HashMap<>();
            positions.forEach((symbol, quantity) -> held.put(symbol, new Held(quantity, price(symbol, now, marketData))));
            List<OpenQuantity> open = new ArrayList<>();
            openBuy.forEach((symbol, quantity) -> open.add(new OpenQuantity(symbol, OrderSide.BUY, quantity)));
            openSell.forEach((symbol, quantity) -> open.add(new OpenQuantity(symbol, OrderSide.SELL, quantity)));
            return new Holdings(cash, held, open, state);
        }

        /** The later of the last close and our own latest fill (a fill at the close's instant or after wins). */
        private BigDecimal price(String symbol, Instant now, MarketData marketData) {
            Optional<MarketData.PricePoint> close = marketData.lastClose(symbol, now);
            MarketData.PricePoint mark = marks.get(symbol);
            if (mark != null && (close.isEmpty() || mark.at().isAfter(close.get().at()))) {
                return mark.price();
            }
            return close.map(MarketData.PricePoint::price).orElse(mark == null ? null : mark.price());
        }

        List<String> differences(Figures database) {
            List<String> found = new ArrayList<>();
            if (cash.compareTo(database.cash) != 0) {
                found.add("cash " + cash.toPlainString() + " (database " + database.cash.toPlainString() + ")");
            }
            compare("position", positions, database.positions, found);
            compare("open BUY", openBuy, database.openBuy, found);
            compare("open SELL", openSell, database.openSell, found);
            if (!sameState(state, database.state)) {
                found.add("risk state " + state + " (database " + database.state + ")");
            }
            return found;
        }

        /** The state's fields that matter to risk (timestamps lose their fraction in some databases). */
        private static boolean sameState(State ours, State theirs) {
            return ours.tradingState() == theirs.tradingState() && ours.dailyLossTriggered() == theirs.dailyLossTriggered()
                    && java.util.Objects.equals(ours.startOfDayDate(), theirs.startOfDayDate())
                    && (ours.startOfDayEquity() == null ? theirs.startOfDayEquity() == null
                            : theirs.startOfDayEquity() != null && ours.startOfDayEquity().compareTo(theirs.startOfDayEquity()) == 0);
        }

        private static void compare(String what, Map<String, BigDecimal> book, Map<String, BigDecimal> database,
                List<String> found) {
            java.util.Set<String> symbols = new java.util.TreeSet<>(book.keySet());
            symbols.addAll(database.keySet());
            for (String symbol : symbols) {
                BigDecimal ours = book.getOrDefault(symbol, BigDecimal.ZERO);
                BigDecimal theirs = database.getOrDefault(symbol, BigDecimal.ZERO);
                if (ours.compareTo(theirs) != 0) {
                    found.add(what + " " + symbol + " " + ours.toPlainString() + " (database " + theirs.toPlainString() + ")");
                }
            }
        }
    }
}
