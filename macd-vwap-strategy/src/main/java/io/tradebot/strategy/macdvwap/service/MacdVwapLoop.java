package io.tradebot.strategy.macdvwap.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.Session;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.macdvwap.client.IbkrClient;
import io.tradebot.strategy.macdvwap.config.MacdVwapStrategyConfig;
import io.tradebot.strategy.macdvwap.signal.IntentOrders;
import io.tradebot.strategy.macdvwap.signal.LiveSymbol;
import io.tradebot.strategy.marketdata.RegularSession;
import io.tradebot.strategy.signal.MacdVwapStrategy;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.StrategyRegistry;
import io.tradebot.strategy.signal.TradeIntent;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of the live strategy at a moment of the market clock, during the regular session: for each configured
 * symbol, feed the 1-minute bars completed since the last step to strategy-core's {@code macd-vwap} and send its
 * intents as orders named by their ids. After a bar with orders, the symbol's next bars wait until those orders are
 * no longer working, so every bar is fed with the position ibkr-client reports. Orders that could not be sent are sent
 * again first, under the same id, at the next steps: exits until they are taken, entries while younger than
 * {@code signal-ttl}.
 */
@ApplicationScoped
public class MacdVwapLoop {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final IbkrClient ibkr;
    private final IntentSender sender;
    private final MacdVwapStrategyConfig config;
    private final Strategy strategy;
    private final Map<String, LiveSymbol> live = new HashMap<>();
    private final Map<String, List<TradeIntent>> unsent = new HashMap<>();
    private final Set<String> awaitingFills = new HashSet<>();
    private final Counter stale;
    private final Counter symbolFailures;

    public MacdVwapLoop(IbkrClient ibkr, IntentSender sender, MacdVwapStrategyConfig config, MeterRegistry registry) {
        this.ibkr = ibkr;
        this.sender = sender;
        this.config = config;
        this.strategy = StrategyRegistry.create(MacdVwapStrategy.NAME, config.params().orElse(List.of()));
        this.stale = registry.counter("tradebot.strategy.signals.expired", "strategy", MacdVwapStrategy.NAME,
                "reason", "stale");
        this.symbolFailures = registry.counter("tradebot.strategy.poll.failures", "strategy", MacdVwapStrategy.NAME);
    }

    /** Acts on every configured symbol at {@code clock}; does nothing outside the regular session. */
    public synchronized void step(ClockView clock) {
        if (clock.session() != Session.REGULAR) {
            return;
        }
        AccountView account = ibkr.account();
        for (String symbol : config.symbols()) {
            try {
                step(symbol, clock, account.equity());
            } catch (RuntimeException e) {
                symbolFailures.increment();
                Log.warnf("macd-vwap step for %s failed, will try again: %s", symbol, e.toString());
            }
        }
    }

    /** Forgets every symbol's evaluation and unsent order, as a restart of the service does. */
    public synchronized void forget() {
        live.clear();
        unsent.clear();
        awaitingFills.clear();
    }

    private void step(String symbol, ClockView clock, BigDecimal equity) {
        LiveSymbol symbolLive = live.get(symbol);
        if (symbolLive == null || !symbolLive.tradingDate().equals(clock.tradingDate())) {
            symbolLive = new LiveSymbol(strategy, symbol, clock.tradingDate(), warmUpFrom(clock.tradingDate()));
            live.put(symbol, symbolLive);
            unsent.remove(symbol);
            awaitingFills.remove(symbol);
        }
        if (awaitingFills.contains(symbol)) {
            if (ordersStillWorking(symbol)) {
                return; // the next bars wait for the position those orders leave
            }
            awaitingFills.remove(symbol);
        }
        List<TradeIntent> pending = unsent.getOrDefault(symbol, List.of());
        if (!pending.isEmpty()) {
            send(symbol, pending, clock.now());
            if (awaitingFills.contains(symbol) || !unsent.get(symbol).isEmpty()) {
                return;
            }
        }
        // read only now: an order that was done a moment ago has moved the position in the same transaction
        Position position = positionOf(symbol, clock.now());
        Bar lastFed = symbolLive.lastFed();
        Instant from = lastFed == null ? symbolLive.warmUpFrom() : lastFed.end();
        List<Bar> bars = ibkr.minuteBars(symbol, from).stream().map(IntentOrders::minuteBar).toList();
        symbolLive.feed(bars, clock.now(), position, equity, (intents, bar) -> send(symbol, intents, clock.now()));
    }

    /**
     * Sends each exit, and each entry still fresh enough; those that failed are kept to send again, and once ibkr-client holds any of
     * them, the symbol waits for its orders to be done before more bars are fed.
     */
    private void send(String symbol, List<TradeIntent> intents, Instant now) {
        List<TradeIntent> again = new ArrayList<>();
        for (TradeIntent intent : intents) {
            // a late entry chases an old signal; a late exit still ends a position the strategy no longer wants
            if (intent.action().opens() && intent.barStart().plus(MINUTE).plus(config.signalTtl()).isBefore(now)) {
                stale.increment();
                Log.warnf("Dropped %s: its bar ended more than %s before %s", intent.id(), config.signalTtl(), now);
                continue;
            }
            IntentSender.Outcome outcome = sender.send(intent);
            if (outcome.takesEffect()) {
                awaitingFills.add(symbol);
            } else if (outcome.retryLater()) {
                again.add(intent);
            }
        }
        unsent.put(symbol, List.copyOf(again));
    }

    /** Whether an entry or exit of this strategy in {@code symbol} is still working; when that cannot be read, yes. */
    private boolean ordersStillWorking(String symbol) {
        try {
            return ibkr.openOrders(MacdVwapStrategy.NAME, symbol).stream().anyMatch(o -> o.parentClientOrderId() == null);
        } catch (RuntimeException e) {
            Log.warnf("Could not read the working orders of %s, its next bars wait: %s", symbol, e.toString());
            return true;
        }
    }

    /** Midnight New York {@code warm-up-days} before the trading date: the same first bar for every step of a day. */
    private Instant warmUpFrom(LocalDate tradingDate) {
        return tradingDate.minusDays(config.warmUpDays()).atStartOfDay(RegularSession.ZONE).toInstant();
    }

    /** The account's position in {@code symbol}; the strategy never reads {@code openedAt}, so the clock's now stands in. */
    private Position positionOf(String symbol, Instant now) {
        for (PositionView view : ibkr.positions()) {
            if (view.symbol().equals(symbol) && view.quantity() != null && view.quantity().signum() != 0
                    && view.avgCost() != null && view.avgCost().signum() > 0) {
                return Position.of(view.quantity(), view.avgCost(), now);
            }
        }
        return Position.FLAT;
    }
}
