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
import java.util.List;
import java.util.Map;

/**
 * One step of the live strategy at a moment of the market clock, during the regular session: for each configured
 * symbol, feed the 1-minute bars completed since the last step to strategy-core's {@code macd-vwap} and send its
 * intents as orders named by their ids. Within a step each bar sees the position the earlier bars' orders will leave
 * (taken as filled); each step starts again from ibkr-client's positions. Orders that could not be sent are sent
 * again, under the same id, at the next steps while they are younger than {@code signal-ttl}.
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
        Map<String, Position> positions = positions(clock.now());
        for (String symbol : config.symbols()) {
            try {
                step(symbol, clock, positions.getOrDefault(symbol, Position.FLAT), account.equity());
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
    }

    private void step(String symbol, ClockView clock, Position position, BigDecimal equity) {
        LiveSymbol symbolLive = live.get(symbol);
        if (symbolLive == null || !symbolLive.tradingDate().equals(clock.tradingDate())) {
            symbolLive = new LiveSymbol(strategy, symbol, clock.tradingDate(), warmUpFrom(clock.tradingDate()));
            live.put(symbol, symbolLive);
            unsent.remove(symbol);
        }
        Bar lastFed = symbolLive.lastFed();
        Instant from = lastFed == null ? symbolLive.warmUpFrom() : lastFed.end();
        List<Bar> bars = ibkr.minuteBars(symbol, from).stream().map(IntentOrders::minuteBar).toList();
        List<TradeIntent> again = new ArrayList<>();
        Position current = lastFed == null ? position
                : send(unsent.getOrDefault(symbol, List.of()), position, lastFed, clock.now(), again);
        symbolLive.feed(bars, clock.now(), current, equity, (intents, before, bar) -> send(intents, before, bar,
                clock.now(), again));
        unsent.put(symbol, List.copyOf(again));
    }

    /**
     * Sends each intent still fresh enough, collecting in {@code again} those to send later; returns the position once
     * the orders ibkr-client took have filled (at about {@code bar}'s close), which the next bars are fed with.
     */
    private Position send(List<TradeIntent> intents, Position before, Bar bar, Instant now, List<TradeIntent> again) {
        Position position = before;
        for (TradeIntent intent : intents) {
            if (intent.barStart().plus(MINUTE).plus(config.signalTtl()).isBefore(now)) {
                stale.increment();
                Log.warnf("Dropped %s: its bar ended more than %s before %s", intent.id(), config.signalTtl(), now);
                continue;
            }
            IntentSender.Outcome outcome = sender.send(intent);
            if (outcome.takesEffect()) {
                position = LiveSymbol.after(intent, position, bar.close(), bar.end());
            } else if (outcome.retryLater()) {
                again.add(intent);
            }
        }
        return position;
    }

    /** Midnight New York {@code warm-up-days} before the trading date: the same first bar for every step of a day. */
    private Instant warmUpFrom(LocalDate tradingDate) {
        return tradingDate.minusDays(config.warmUpDays()).atStartOfDay(RegularSession.ZONE).toInstant();
    }

    /** The account's positions by symbol; the strategy never reads {@code openedAt}, so the clock's now stands in. */
    private Map<String, Position> positions(Instant now) {
        Map<String, Position> bySymbol = new HashMap<>();
        for (PositionView view : ibkr.positions()) {
            if (view.quantity() != null && view.quantity().signum() != 0 && view.avgCost() != null
                    && view.avgCost().signum() > 0) {
                bySymbol.put(view.symbol(), Position.of(view.quantity(), view.avgCost(), now));
            }
        }
        return bySymbol;
    }
}
