package io.tradebot.strategy.fundamental.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.strategy.fundamental.client.IbkrClient;
import io.tradebot.strategy.fundamental.client.OrderRejectedException;
import io.tradebot.strategy.fundamental.config.FundamentalStrategyConfig;
import io.tradebot.strategy.fundamental.repository.WatchlistEntryRepository;
import io.tradebot.strategy.fundamental.signal.FundamentalParams;
import io.tradebot.strategy.fundamental.signal.SignalTriage;
import io.tradebot.strategy.fundamental.signal.TimeStop;
import io.tradebot.strategy.fundamental.signal.WatchlistSignal;
import io.tradebot.strategy.marketdata.RegularSession;
import io.tradebot.strategy.signal.FundamentalStrategy;
import io.tradebot.strategy.signal.TradeIntent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Sells what the strategy bought once strategy-core's time stop says so: for each entry consumed in the last
 * {@link #LOOK_BACK_DAYS} days whose symbol is still held long, the time stop is evaluated on the daily bars since
 * the session after the entry's trade date (when the entry filled), and its exit goes out as a MARKET SELL of the whole
 * position, before or during the regular session, under the exit intent's id, once the entry's bracket legs are
 * cancelled. The newest consumed entry of a symbol dates its position.
 */
@ApplicationScoped
public class TimeStopService {

    /** How far back consumed entries are looked at: the time stop plus weekends and holidays, with room to spare. */
    static final int LOOK_BACK_DAYS = 60;

    private final IbkrClient ibkr;
    private final WatchlistEntryRepository entries;
    private final TimeStop timeStop;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Counter exitsSent;
    private final Counter exitsRefused;

    public TimeStopService(IbkrClient ibkr, WatchlistEntryRepository entries, FundamentalStrategyConfig config,
            MeterRegistry registry) {
        this.ibkr = ibkr;
        this.entries = entries;
        this.timeStop = new TimeStop(FundamentalParams.strategy(config));
        this.exitsSent = registry.counter("tradebot.strategy.exits.sent", "strategy", FundamentalStrategy.NAME, "reason", "time-stop");
        this.exitsRefused = registry.counter("tradebot.strategy.exits.refused", "strategy", FundamentalStrategy.NAME);
    }

    /** Sends the time-stop exits due at {@code clock}, if the session allows orders. */
    public void act(ClockView clock) {
        if (!SignalTriage.canEnter(clock.session())) {
            return;
        }
        LocalDate today = clock.tradingDate();
        Map<String, LocalDate> tradeDates = new HashMap<>();
        for (WatchlistSignal entry : entries.consumedBetween(today.minusDays(LOOK_BACK_DAYS), today)) {
            tradeDates.put(entry.symbol(), entry.tradeDate()); // ascending by trade date: the newest wins
        }
        if (tradeDates.isEmpty()) {
            return;
        }
        for (PositionView position : ibkr.positions()) {
            LocalDate tradeDate = tradeDates.get(position.symbol());
            if (tradeDate != null && position.quantity() != null && position.quantity().signum() > 0
                    && position.avgCost() != null && position.avgCost().signum() > 0) {
                checkOne(position, tradeDate, today);
            }
        }
    }

    /** Forgets which exits ibkr-client already has, as a restart does (they are then sent again and answered 200). */
    public void forget() {
        accepted.clear();
    }

    private void checkOne(PositionView position, LocalDate tradeDate, LocalDate today) {
        String symbol = position.symbol();
        if (!tradeDate.plusDays(1).isBefore(today)) {
            return; // no session after the trade date can have closed yet (and ibkr-client refuses an empty range)
        }
        try {
            List<BarView> bars = dailyBars(symbol, tradeDate.plusDays(1), today.minusDays(1));
            // the entry went in before the open of the first session after its trade date: that session opened it
            Optional<LocalDate> opened = bars.stream().map(bar -> bar.start().atZone(RegularSession.ZONE).toLocalDate())
                    .filter(day -> day.isAfter(tradeDate) && day.isBefore(today)).findFirst();
            if (opened.isEmpty()) {
                return;
            }
            Optional<TradeIntent> exit = timeStop.exitDue(symbol, opened.get(), today, position.quantity(),
                    position.avgCost(), bars);
            exit.filter(intent -> !accepted.contains(intent.id())).ifPresent(this::send);
        } catch (RuntimeException e) {
            Log.warnf("Time stop of %s not checked, will retry: %s", symbol, e.toString());
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

    private void send(TradeIntent intent) {
        if (!cancelBracket(intent)) {
            return;
        }
        PlaceOrderRequest request = PlaceOrderRequest.market(intent.id(), FundamentalStrategy.NAME, intent.symbol(),
                OrderSide.SELL, intent.quantity());
        try {
            OrderView order = sendOrder(request);
            accepted.add(intent.id());
            exitsSent.increment();
            Log.infof("Time stop: SELL %s x %s as %s (%s), %s", intent.symbol(), intent.quantity().toPlainString(),
                    intent.id(), order == null ? "accepted" : order.status(), intent.reason());
        } catch (OrderRejectedException e) {
            accepted.add(intent.id()); // final: sending it again cannot succeed
            exitsRefused.increment();
            Log.warnf("ibkr-client refused time-stop exit %s (HTTP %d): %s", intent.id(), e.status(), e.getMessage());
        }
    }

    /**
     * Cancels the strategy's working orders in the exit's symbol (the entry's bracket legs, which would otherwise sell
     * again once the exit has closed the position); false when that could not be done, so the exit waits for the next
     * poll rather than risk a short.
     */
    private boolean cancelBracket(TradeIntent exit) {
        List<String> working;
        try {
            working = ibkr.openOrders(FundamentalStrategy.NAME, exit.symbol()).stream()
                    .map(o -> o.parentClientOrderId() != null ? o.parentClientOrderId() : o.clientOrderId())
                    .filter(id -> id != null && !id.equals(exit.id())).distinct().toList();
        } catch (RuntimeException e) {
            Log.warnf("Time stop of %s waits: its working orders could not be read: %s", exit.symbol(), e.toString());
            return false;
        }
        for (String id : working) {
            try {
                ibkr.cancel(id);
                Log.infof("Cancelled %s (and its bracket) before the time stop of %s", id, exit.symbol());
            } catch (OrderRejectedException e) {
                Log.debugf("%s was no longer working: %s", id, e.getMessage());
            } catch (RuntimeException e) {
                Log.warnf("Time stop of %s waits: %s could not be cancelled: %s", exit.symbol(), id, e.toString());
                return false;
            }
        }
        return true;
    }
}
