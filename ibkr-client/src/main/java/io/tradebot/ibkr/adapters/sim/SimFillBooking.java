package io.tradebot.ibkr.adapters.sim;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.marketdata.DailyBar;
import io.tradebot.ibkr.marketdata.MarketHistory;
import io.tradebot.ibkr.repository.ExecutionRepository;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.strategy.fill.BarOpen;
import io.tradebot.strategy.fill.CommissionModel;
import io.tradebot.strategy.fill.FillDecision;
import io.tradebot.strategy.fill.FillSide;
import io.tradebot.strategy.fill.IbkrFixedCommission;
import io.tradebot.strategy.fill.NextBarOpenFill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Decides whether an accepted market order fills now and, if so, books the fill in one transaction. */
@ApplicationScoped
public class SimFillBooking {

    private final OrderRepository orders;
    private final ExecutionRepository executions;
    private final MarketHistory history;
    private final SimLedger ledger;
    private final MeterRegistry metrics;
    private final NextBarOpenFill fillModel;
    private final CommissionModel commissionModel = new IbkrFixedCommission();

    public SimFillBooking(OrderRepository orders, ExecutionRepository executions, MarketHistory history, SimLedger ledger,
            MeterRegistry metrics, IbkrClientConfig config) {
        this.orders = orders;
        this.executions = executions;
        this.history = history;
        this.ledger = ledger;
        this.metrics = metrics;
        this.fillModel = new NextBarOpenFill(config.sim().slippageBps());
    }

    /** Fills order {@code orderId} if it is still ACCEPTED and its fill bar has opened by {@code now}; otherwise does nothing. */
    @Transactional
    public void fillIfDue(long orderId, Instant now) {
        OrderEntity order = orders.lockById(orderId).orElse(null);
        if (order == null || order.status != OrderStatus.ACCEPTED) {
            return;
        }
        Optional<FillDecision> decision = fillModel.decide(fillSide(order.side), order.submittedAt, now, opens(order.symbol));
        String execId = "SIM-" + order.id + "-1";
        if (decision.isEmpty() || executions.exists(execId)) {
            return;
        }
        BigDecimal price = decision.get().price();
        BigDecimal commission = commissionModel.commission(order.quantity, price);
        ledger.book(order, new SimLedger.Fill(execId, order.quantity, price, commission, decision.get().at()), now);
        metrics.counter("tradebot.orders.filled", "strategy", order.strategy).increment();
        Log.infof("Filled %s: %s %s %s at %s, commission %s", order.clientOrderId, order.side,
                order.quantity.toPlainString(), order.symbol, price.toPlainString(), commission.toPlainString());
    }

    private List<BarOpen> opens(String symbol) {
        return history.bars(symbol).stream().map(SimFillBooking::open).toList();
    }

    private static BarOpen open(DailyBar bar) {
        return new BarOpen(bar.opensAt(), bar.open());
    }

    private static FillSide fillSide(OrderSide side) {
        return side == OrderSide.BUY ? FillSide.BUY : FillSide.SELL;
    }
}
