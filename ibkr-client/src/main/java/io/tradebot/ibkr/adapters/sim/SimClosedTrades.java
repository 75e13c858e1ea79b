package io.tradebot.ibkr.adapters.sim;

import io.tradebot.ibkr.repository.ClosedTradeEntity;
import io.tradebot.ibkr.repository.ClosedTradeRepository;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.strategy.portfolio.Holding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** Writes a {@code closed_trade} row when an execution closes (part of) a position, in the fill's transaction. */
@ApplicationScoped
public class SimClosedTrades {

    private final ClosedTradeRepository trades;

    public SimClosedTrades(ClosedTradeRepository trades) {
        this.trades = trades;
    }

    /** Records the round trip closed by {@code fill} (signed {@code signedQuantity}), if it closed anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(OrderEntity order, SimLedger.Fill fill, BigDecimal signedQuantity, Holding before, Holding after) {
        closedBy(order, fill, signedQuantity, before, after).ifPresent(trades::persist);
    }

    /** The round trip {@code fill} closes when it moves the position from {@code before} to {@code after}; empty when it closes none. */
    static Optional<ClosedTradeEntity> closedBy(OrderEntity order, SimLedger.Fill fill, BigDecimal signedQuantity, Holding before,
            Holding after) {
        if (before.quantity().signum() == 0 || before.quantity().signum() == signedQuantity.signum()) {
            return Optional.empty();
        }
        BigDecimal closed = before.quantity().abs().min(signedQuantity.abs());
        ClosedTradeEntity trade = new ClosedTradeEntity();
        trade.execId = fill.execId();
        trade.clientOrderId = order.clientOrderId;
        trade.strategy = order.strategy;
        trade.symbol = order.symbol;
        trade.direction = before.quantity().signum() > 0 ? "LONG" : "SHORT";
        trade.quantity = closed;
        trade.entryPrice = before.avgCost();
        trade.exitPrice = fill.price();
        trade.realizedPnl = after.realizedPnl().subtract(before.realizedPnl());
        trade.commission = fill.commission().multiply(closed).divide(signedQuantity.abs(), MathContext.DECIMAL64)
                .setScale(6, RoundingMode.HALF_EVEN);
        trade.closedAt = fill.executedAt();
        return Optional.of(trade);
    }
}
