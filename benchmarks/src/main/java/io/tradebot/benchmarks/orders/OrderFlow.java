package io.tradebot.benchmarks.orders;

import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.PlaceOrderRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The orders the benchmark sends: MARKET, quantity 1, a fresh clientOrderId each, round-robin over a
 * few liquid symbols, and each symbol alternating BUY and SELL so that no position or pending side grows
 * with the number of orders sent (risk limits stay far away however long the run).
 */
public final class OrderFlow {

    /** Six liquid symbols of the bundled data; fewer than the default eight open positions allowed. */
    public static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "KO", "PFE", "INTC", "CSCO");
    public static final String STRATEGY = "benchmark";

    private final String runId;
    private final AtomicLong sequence = new AtomicLong();

    public OrderFlow(String runId) {
        if (!runId.matches("[A-Za-z0-9]{1,20}")) {
            throw new IllegalArgumentException("runId must be 1-20 letters or digits, was " + runId);
        }
        this.runId = runId;
    }

    /** The next order; safe to call from many threads, every call gets another clientOrderId. */
    public PlaceOrderRequest next() {
        return order(sequence.getAndIncrement());
    }

    /** Order number {@code n} of this run. */
    PlaceOrderRequest order(long n) {
        String symbol = SYMBOLS.get((int) (n % SYMBOLS.size()));
        OrderSide side = (n / SYMBOLS.size()) % 2 == 0 ? OrderSide.BUY : OrderSide.SELL;
        return PlaceOrderRequest.market("bench-" + runId + "-" + n, STRATEGY, symbol, side, BigDecimal.ONE);
    }
}
