package io.tradebot.strategy.fundamental.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.watchlist.WatchlistStatus;
import io.tradebot.strategy.fundamental.client.IbkrClient;
import io.tradebot.strategy.fundamental.client.OrderRejectedException;
import io.tradebot.strategy.fundamental.config.FundamentalStrategyConfig;
import io.tradebot.strategy.fundamental.repository.WatchlistEntryRepository;
import io.tradebot.strategy.fundamental.signal.EntryDecision;
import io.tradebot.strategy.fundamental.signal.EntryOrders;
import io.tradebot.strategy.fundamental.signal.EntrySignal;
import io.tradebot.strategy.fundamental.signal.FundamentalParams;
import io.tradebot.strategy.fundamental.signal.SignalTriage;
import io.tradebot.strategy.fundamental.signal.WatchlistSignal;
import io.tradebot.strategy.signal.FundamentalStrategy;
import io.tradebot.strategy.signal.Position;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Acts on the NEW fundamental watchlist at one moment of the market clock: each entry whose trade date has closed is
 * decided by strategy-core's {@code fundamental} on that day's bar ({@link EntrySignal}), and its entry goes out as a
 * bracketed MARKET BUY under the intent's id. An entry becomes CONSUMED once ibkr-client has the order, EXPIRED when it
 * can never be traded, and stays NEW when the call failed, to be sent again at the next poll under the same id.
 */
@ApplicationScoped
public class EntryService {

    private static final List<String> EXPIRE_REASONS = List.of("stale", "no-bar", "held", "no-entry", "invalid", "rejected");

    private final IbkrClient ibkr;
    private final WatchlistEntryRepository entries;
    private final FundamentalStrategyConfig config;
    private final EntrySignal signals;
    private final Counter ordersSent;
    private final Map<String, Counter> expiredByReason;

    public EntryService(IbkrClient ibkr, WatchlistEntryRepository entries, FundamentalStrategyConfig config,
            MeterRegistry registry) {
        this.ibkr = ibkr;
        this.entries = entries;
        this.config = config;
        this.signals = new EntrySignal(FundamentalParams.strategy(config));
        this.ordersSent = registry.counter("tradebot.strategy.orders.sent", "strategy", FundamentalStrategy.NAME);
        this.expiredByReason = EXPIRE_REASONS.stream().collect(Collectors.toMap(r -> r, r -> registry.counter(
                "tradebot.strategy.signals.expired", "strategy", FundamentalStrategy.NAME, "reason", r)));
    }

    /** Decides every entry whose trade date has closed, as the clock allows: enter, expire or wait. */
    public void act(ClockView clock) {
        LocalDate today = clock.tradingDate();
        List<WatchlistSignal> due = SignalTriage.due(today, clock.session(), entries.fresh());
        if (due.isEmpty()) {
            return;
        }
        BigDecimal equity = ibkr.account().equity();
        if (equity == null || equity.signum() <= 0) {
            Log.warnf("Entries wait: ibkr-client reports no positive equity to size them by (%s)", equity);
            return; // nothing is expired on a bad reading: the next poll decides again
        }
        List<PositionView> positions = ibkr.positions();
        for (WatchlistSignal signal : due) {
            try {
                decide(signal, today, positionOf(positions, signal.symbol()), equity);
            } catch (IllegalArgumentException e) {
                expire(signal, "invalid", e.getMessage()); // e.g. a symbol that cannot form a clientOrderId
            } catch (RuntimeException e) {
                Log.warnf("Entry %s for %s not decided, will retry: %s", signal.symbol(), signal.tradeDate(), e.toString());
            }
        }
    }

    private void decide(WatchlistSignal signal, LocalDate today, Position position, BigDecimal equity) {
        List<BarView> bars = dailyBars(signal.symbol(), signal.tradeDate(), today.minusDays(1));
        EntryDecision decision = signals.decide(signal, today, bars, position, equity);
        switch (decision.outcome()) {
            case EXPIRE -> expire(signal, decision.reason(), decision.detail());
            case WAIT -> Log.debugf("Entry %s for %s waits: %s", signal.symbol(), signal.tradeDate(), decision.detail());
            case ENTER -> {
                if (entries.consumedOn(signal.tradeDate()) >= config.maxNewPositionsPerDay()) {
                    Log.debugf("Entry %s for %s waits: %d entries of that date are traded already", signal.symbol(),
                            signal.tradeDate(), config.maxNewPositionsPerDay());
                } else {
                    place(signal, EntryOrders.request(decision.intent()));
                }
            }
        }
    }

    /** Daily bars of {@code symbol} from {@code from} to {@code to}, both inclusive, bounded in time. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public List<BarView> dailyBars(String symbol, LocalDate from, LocalDate to) {
        return ibkr.dailyBars(symbol, from, to);
    }

    /** Sends an order, bounded in time; safe to repeat thanks to its clientOrderId. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public OrderView sendOrder(PlaceOrderRequest request) {
        return ibkr.placeOrder(request);
    }

    private void place(WatchlistSignal signal, PlaceOrderRequest request) {
        try {
            OrderView order = sendOrder(request);
            consume(signal);
            ordersSent.increment();
            Log.infof("Entered %s: BUY MARKET x %s, stop-loss %s, take-profit %s, as %s, order %s", signal.symbol(),
                    request.quantity().toPlainString(), request.bracket().stopLoss().toPlainString(),
                    request.bracket().takeProfit().toPlainString(), request.clientOrderId(),
                    order == null ? "accepted" : order.status());
            if (order != null && order.status() == OrderStatus.REJECTED) {
                Log.warnf("ibkr-client recorded order %s as REJECTED: %s", request.clientOrderId(), order.rejectReason());
            }
        } catch (OrderRejectedException e) {
            if (e.isDuplicate()) {
                Log.warnf("Order %s already exists with other fields; entry %s counts as traded", request.clientOrderId(),
                        signal.symbol());
                consume(signal);
            } else {
                expire(signal, "rejected", "ibkr-client refused order " + request.clientOrderId() + " (HTTP "
                        + e.status() + "): " + e.getMessage());
            }
        }
    }

    private static Position positionOf(List<PositionView> positions, String symbol) {
        return positions.stream()
                .filter(p -> p.symbol().equals(symbol) && p.quantity() != null && p.quantity().signum() != 0
                        && p.avgCost() != null && p.avgCost().signum() > 0)
                // strategy-core reads openedAt only for the time stop, which EntrySignal never acts on
                .map(p -> Position.of(p.quantity(), p.avgCost(), Instant.EPOCH))
                .findFirst().orElse(Position.FLAT);
    }

    private void consume(WatchlistSignal signal) {
        entries.leaveNew(signal.id(), WatchlistStatus.CONSUMED, Instant.now());
    }

    private void expire(WatchlistSignal signal, String reason, String detail) {
        if (entries.leaveNew(signal.id(), WatchlistStatus.EXPIRED, Instant.now())) {
            expiredByReason.get(reason).increment();
            Log.infof("Expired fundamental entry %s for %s: %s", signal.symbol(), signal.tradeDate(), detail);
        }
    }
}
