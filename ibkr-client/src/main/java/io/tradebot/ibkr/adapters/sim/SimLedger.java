package io.tradebot.ibkr.adapters.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradebot.common.order.OrderSide;
import io.tradebot.ibkr.order.OrderFilled;
import io.tradebot.ibkr.repository.BrokerAccountEntity;
import io.tradebot.ibkr.repository.BrokerAccountRepository;
import io.tradebot.ibkr.repository.ExecutionEntity;
import io.tradebot.ibkr.repository.ExecutionRepository;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OutboxEventEntity;
import io.tradebot.ibkr.repository.OutboxEventRepository;
import io.tradebot.ibkr.repository.PositionEntity;
import io.tradebot.ibkr.repository.PositionRepository;
import io.tradebot.ibkr.risk.RiskBook;
import io.tradebot.strategy.portfolio.Holding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Books one execution everywhere it shows, inside the caller's transaction: the order's filled quantity,
 * average price and commission (the caller moves its status), an execution, the position, a closed trade
 * when it closes one, the account's cash and realized profit, and an ORDER_FILLED outbox event; and reports
 * the position and cash change to the {@link RiskBook}.
 */
@ApplicationScoped
public class SimLedger {

    /** Outbox event type of a fill. */
    public static final String ORDER_FILLED = "ORDER_FILLED";

    private final ExecutionRepository executions;
    private final PositionRepository positions;
    private final BrokerAccountRepository accounts;
    private final OutboxEventRepository outbox;
    private final ObjectMapper json;
    private final SimClosedTrades closedTrades;
    private final Event<OrderFilled> filled;
    private final RiskBook book;

    public SimLedger(ExecutionRepository executions, PositionRepository positions, BrokerAccountRepository accounts,
            OutboxEventRepository outbox, ObjectMapper json, SimClosedTrades closedTrades, Event<OrderFilled> filled,
            RiskBook book) {
        this.book = book;
        this.closedTrades = closedTrades;
        this.executions = executions;
        this.positions = positions;
        this.accounts = accounts;
        this.outbox = outbox;
        this.json = json;
        this.filled = filled;
    }

    /** One execution of an order. */
    public record Fill(String execId, BigDecimal quantity, BigDecimal price, BigDecimal commission, Instant executedAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void book(OrderEntity order, Fill fill, Instant now) {
        book.orderChanging(order);
        // the average from the exact notional of every execution, not from the rounded earlier average
        applyToOrder(order, executions.notionalOf(order.clientOrderId), fill, now);
        executions.persist(execution(order, fill));
        BigDecimal realized = updatePosition(order, fill, now);
        BigDecimal cashChange = updateAccount(order.side, fill, realized, now);
        book.filled(order.symbol, signed(order.side, fill.quantity()), cashChange, fill.price(), fill.executedAt());
        outbox.persist(filledEvent(json, order, fill, now));
        filled.fire(new OrderFilled(order.clientOrderId, order.symbol, fill.executedAt()));
    }

    /**
     * Adds {@code fill} to {@code order}'s filled quantity, commission and average price, the average worked out from
     * {@code notionalBefore}, the exact value of the order's earlier executions (not from the rounded earlier average).
     */
    static void applyToOrder(OrderEntity order, BigDecimal notionalBefore, Fill fill, Instant now) {
        order.filledQuantity = order.filledQuantity.add(fill.quantity());
        order.avgFillPrice = notionalBefore.add(fill.quantity().multiply(fill.price()))
                .divide(order.filledQuantity, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_EVEN);
        order.commission = order.commission.add(fill.commission());
        order.updatedAt = now;
    }

    /** The execution row of {@code fill}. */
    static ExecutionEntity execution(OrderEntity order, Fill fill) {
        ExecutionEntity execution = new ExecutionEntity();
        execution.execId = fill.execId();
        execution.clientOrderId = order.clientOrderId;
        execution.symbol = order.symbol;
        execution.side = order.side;
        execution.quantity = fill.quantity();
        execution.price = fill.price();
        execution.commission = fill.commission();
        execution.executedAt = fill.executedAt();
        return execution;
    }

    static BigDecimal signed(OrderSide side, BigDecimal quantity) {
        return side == OrderSide.BUY ? quantity : quantity.negate();
    }

    /** What {@code fill} does to the cash: a purchase costs its notional and commission, a sale brings its notional less commission. */
    static BigDecimal cashChange(OrderSide side, Fill fill) {
        BigDecimal notional = fill.quantity().multiply(fill.price()).setScale(6, RoundingMode.HALF_EVEN);
        return side == OrderSide.BUY ? notional.add(fill.commission()).negate() : notional.subtract(fill.commission());
    }

    /** Applies the fill to the position and returns the profit it realized. */
    private BigDecimal updatePosition(OrderEntity order, Fill fill, Instant now) {
        PositionEntity row = positions.lockBySymbol(order.symbol).orElseGet(() -> newPosition(order.symbol));
        Holding before = new Holding(row.quantity, row.avgCost, row.realizedPnl);
        BigDecimal signed = signed(order.side, fill.quantity());
        Holding after = before.trade(signed, fill.price(), fill.commission());
        closedTrades.record(order, fill, signed, before, after);
        row.quantity = after.quantity();
        row.avgCost = after.avgCost();
        row.realizedPnl = after.realizedPnl();
        row.updatedAt = now;
        positions.persist(row);
        return after.realizedPnl().subtract(before.realizedPnl());
    }

    static PositionEntity newPosition(String symbol) {
        PositionEntity row = new PositionEntity();
        row.symbol = symbol;
        row.quantity = BigDecimal.ZERO;
        row.avgCost = BigDecimal.ZERO;
        row.realizedPnl = BigDecimal.ZERO;
        return row;
    }

    /** Applies the fill to the account and returns the change of cash. */
    private BigDecimal updateAccount(OrderSide side, Fill fill, BigDecimal realized, Instant now) {
        BrokerAccountEntity account = accounts.lock(SimAccount.ID)
                .orElseThrow(() -> new IllegalStateException("The simulated account " + SimAccount.ID + " is missing"));
        BigDecimal cashChange = cashChange(side, fill);
        account.cash = account.cash.add(cashChange);
        account.realizedPnl = account.realizedPnl.add(realized);
        account.updatedAt = now;
        return cashChange;
    }

    /** The ORDER_FILLED outbox event of {@code fill}. */
    static OutboxEventEntity filledEvent(ObjectMapper json, OrderEntity order, Fill fill, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("clientOrderId", order.clientOrderId);
        payload.put("brokerOrderId", order.brokerOrderId);
        payload.put("execId", fill.execId());
        payload.put("strategy", order.strategy);
        payload.put("symbol", order.symbol);
        payload.put("side", order.side.name());
        payload.put("quantity", fill.quantity().toPlainString());
        payload.put("price", fill.price().toPlainString());
        payload.put("commission", fill.commission().toPlainString());
        payload.put("executedAt", fill.executedAt().toString());
        OutboxEventEntity event = new OutboxEventEntity();
        event.eventType = ORDER_FILLED;
        event.aggregateId = order.clientOrderId;
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the ORDER_FILLED payload", e);
        }
        event.createdAt = now;
        return event;
    }
}
