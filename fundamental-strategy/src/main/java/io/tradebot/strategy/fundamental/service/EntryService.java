package io.tradebot.strategy.fundamental.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
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
import io.tradebot.strategy.fundamental.signal.EntryOrders;
import io.tradebot.strategy.fundamental.signal.ReferencePrice;
import io.tradebot.strategy.fundamental.signal.SignalTriage;
import io.tradebot.strategy.fundamental.signal.WatchlistSignal;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Acts on the NEW fundamental watchlist at one moment of the market clock: expires stale entries
 * and sends one BUY market order per entry for today. An entry becomes CONSUMED once ibkr-client
 * has the order, EXPIRED when it can never be traded, and stays NEW when the call failed, to be
 * retried at the next poll under the same clientOrderId.
 */
@ApplicationScoped
public class EntryService {

    private final IbkrClient ibkr;
    private final WatchlistEntryRepository entries;
    private final FundamentalStrategyConfig config;
    private final Counter ordersSent;
    private final Map<String, Counter> expiredByReason;

    public EntryService(IbkrClient ibkr, WatchlistEntryRepository entries, FundamentalStrategyConfig config,
            MeterRegistry registry) {
        this.ibkr = ibkr;
        this.entries = entries;
        this.config = config;
        this.ordersSent = registry.counter("tradebot.strategy.orders.sent", "strategy", EntryOrders.STRATEGY);
        this.expiredByReason = Stream.of("stale", "no-price", "too-small", "invalid", "rejected")
                .collect(Collectors.toMap(r -> r, r -> registry.counter("tradebot.strategy.signals.expired",
                        "strategy", EntryOrders.STRATEGY, "reason", r)));
    }

    /** Expires stale entries and enters today's, as the clock allows. */
    public void act(ClockView clock) {
        List<WatchlistSignal> fresh = entries.fresh();
        if (fresh.isEmpty()) {
            return;
        }
        LocalDate today = clock.tradingDate();
        SignalTriage.Triage triage = SignalTriage.triage(today, clock.session(), fresh, entries.consumedOn(today),
                config.maxNewPositionsPerDay());
        triage.expire().forEach(s -> expire(s, "stale", "it was for " + s.tradeDate() + " and today is " + today));
        triage.enter().forEach(this::enter);
    }

    /** Sends an order, bounded in time; safe to repeat thanks to its clientOrderId. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public OrderView sendOrder(PlaceOrderRequest request) {
        return ibkr.placeOrder(request);
    }

    /** The close of the last daily bar before {@code tradeDate}, if ibkr-client has one. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public Optional<BigDecimal> lastCloseBefore(String symbol, LocalDate tradeDate) {
        List<BarView> bars = ibkr.dailyBars(symbol, tradeDate.minusDays(14), tradeDate.minusDays(1));
        return bars.isEmpty() ? Optional.empty() : Optional.ofNullable(bars.getLast().close()).filter(c -> c.signum() > 0);
    }

    private void enter(WatchlistSignal signal) {
        try {
            Optional<BigDecimal> price = ReferencePrice.fromReasons(signal.reasons())
                    .or(() -> lastCloseBefore(signal.symbol(), signal.tradeDate()));
            if (price.isEmpty()) {
                expire(signal, "no-price", "there is no reference price to size it");
                return;
            }
            Optional<PlaceOrderRequest> order = EntryOrders.entry(signal, config.allocationPerEntry(), price.get());
            if (order.isEmpty()) {
                expire(signal, "too-small", "an allocation of " + config.allocationPerEntry().toPlainString()
                        + " buys no whole share at " + price.get().toPlainString());
                return;
            }
            place(signal, order.get());
        } catch (IllegalArgumentException e) {
            expire(signal, "invalid", e.getMessage());
        } catch (RuntimeException e) {
            Log.warnf("Entry for %s on %s not sent, will retry: %s", signal.symbol(), signal.tradeDate(), e.toString());
        }
    }

    private void place(WatchlistSignal signal, PlaceOrderRequest request) {
        try {
            OrderView order = sendOrder(request);
            consume(signal);
            ordersSent.increment();
            Log.infof("Entered %s: %s %s x %s as %s, order %s", signal.symbol(), request.side(), request.type(),
                    request.quantity().stripTrailingZeros().toPlainString(), request.clientOrderId(),
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
