package io.tradebot.strategy.macdvwap.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.strategy.macdvwap.client.IbkrClient;
import io.tradebot.strategy.macdvwap.client.OrderRefusedException;
import io.tradebot.strategy.macdvwap.client.PlacedOrder;
import io.tradebot.strategy.macdvwap.signal.IntentOrders;
import io.tradebot.strategy.signal.MacdVwapStrategy;
import io.tradebot.strategy.signal.TradeIntent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sends an intent as its order, under the intent's id as clientOrderId, and says what became of it. An exit first
 * cancels the strategy's working orders in the symbol from earlier bars (the entry's bracket legs), so no leg can reopen
 * the position; a reversal entry of the exit's own bar keeps its legs, also when a restart sends both again.
 */
@ApplicationScoped
public class IntentSender {

    /** What became of one attempt to send an intent. */
    public enum Outcome {
        /** 201: ibkr-client created the order. */
        CREATED,
        /** 200: the clientOrderId already named this order (an earlier attempt or a replay got through). */
        EXISTING,
        /** 201 or 200, but ibkr-client recorded the order as REJECTED (pre-trade risk); final. */
        REJECTED,
        /** 409: the clientOrderId names an order with other fields; final. */
        CONFLICT,
        /** Another 4xx: ibkr-client refused the order; final. */
        REFUSED,
        /** Time-outs, failed connections or 5xx after the retries, or an open circuit: send the same order again later. */
        FAILED;

        /** True when sending the same order again may still change something. */
        public boolean retryLater() {
            return this == FAILED;
        }

        /** True when ibkr-client holds the order as a live one, so it will change the position once it fills. */
        public boolean takesEffect() {
            return this == CREATED || this == EXISTING;
        }
    }

    private final IbkrClient ibkr;
    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
    private final Counter cancelFailures;

    public IntentSender(IbkrClient ibkr, MeterRegistry registry) {
        this.ibkr = ibkr;
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, registry.counter("tradebot.strategy.orders", "strategy", MacdVwapStrategy.NAME,
                    "outcome", outcome.name().toLowerCase()));
        }
        this.cancelFailures = registry.counter("tradebot.strategy.cancel.failures", "strategy", MacdVwapStrategy.NAME);
    }

    /** Sends {@code intent}; counts and logs the outcome. */
    public Outcome send(TradeIntent intent) {
        if (!intent.action().opens()) {
            cancelWorkingOrders(intent);
        }
        PlaceOrderRequest request = IntentOrders.request(intent);
        Outcome outcome = place(request);
        outcomes.get(outcome).increment();
        return outcome;
    }

    private Outcome place(PlaceOrderRequest request) {
        try {
            PlacedOrder placed = ibkr.place(request);
            OrderView order = placed.order();
            Log.infof("%s %s: %s %s x %s (%s)", placed.created() ? "Placed" : "Already placed", request.clientOrderId(),
                    request.side(), request.type(), request.quantity().toPlainString(),
                    order == null ? "accepted" : order.status());
            if (order != null && order.status() == OrderStatus.REJECTED) {
                Log.warnf("ibkr-client recorded order %s as REJECTED: %s", request.clientOrderId(), order.rejectReason());
                return Outcome.REJECTED;
            }
            return placed.created() ? Outcome.CREATED : Outcome.EXISTING;
        } catch (OrderRefusedException e) {
            Log.warnf("ibkr-client refused order %s (HTTP %d): %s", request.clientOrderId(), e.status(), e.getMessage());
            return e.isConflict() ? Outcome.CONFLICT : Outcome.REFUSED;
        } catch (RuntimeException e) {
            Log.warnf("Order %s not sent, will send it again: %s", request.clientOrderId(), e.toString());
            return Outcome.FAILED;
        }
    }

    private void cancelWorkingOrders(TradeIntent exit) {
        String symbol = exit.symbol();
        List<OrderView> working;
        try {
            working = ibkr.openOrders(exit.strategy(), symbol).stream()
                    .filter(order -> IntentOrders.placedBefore(order, exit)).toList();
        } catch (RuntimeException e) {
            cancelFailures.increment();
            Log.warnf("Could not list the working %s orders of %s before its exit: %s", exit.strategy(), symbol, e.toString());
            return;
        }
        for (OrderView order : working) {
            try {
                ibkr.cancel(order.clientOrderId());
                Log.infof("Cancelled %s before the exit of %s", order.clientOrderId(), symbol);
            } catch (OrderRefusedException e) {
                Log.debugf("%s was no longer working: %s", order.clientOrderId(), e.getMessage());
            } catch (RuntimeException e) {
                cancelFailures.increment();
                Log.warnf("Could not cancel %s before the exit of %s: %s", order.clientOrderId(), symbol, e.toString());
            }
        }
    }
}
