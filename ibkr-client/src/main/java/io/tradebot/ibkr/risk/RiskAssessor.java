package io.tradebot.ibkr.risk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tradebot.common.market.ClockView;
import io.tradebot.ibkr.broker.OpenQuantity;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.repository.RiskStateEntity;
import io.tradebot.ibkr.repository.RiskStateRepository;
import io.tradebot.strategy.risk.AccountSnapshot;
import io.tradebot.strategy.risk.PreTradeRisk;
import io.tradebot.strategy.risk.RiskPolicy;
import io.tradebot.strategy.risk.TradingState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Judges the account from the in-memory {@link RiskBook}, captures the start-of-day equity at the first
 * check of each trading day, and switches ACTIVE to REDUCING once (per day) when equity reaches the daily
 * loss floor. Only those two writes touch the database, in a transaction of their own under the risk_state
 * row lock; callers hold the {@link RiskGate}'s admission lock, so no two assessments run at once.
 */
@ApplicationScoped
public class RiskAssessor {

    private final RiskStateRepository states;
    private final RiskSnapshots snapshots;
    private final RiskStateChanges changes;
    private final RiskBook book;
    private final PreTradeRisk rules;

    public RiskAssessor(RiskStateRepository states, RiskSnapshots snapshots, RiskStateChanges changes, RiskBook book,
            IbkrClientConfig config) {
        this.states = states;
        this.snapshots = snapshots;
        this.changes = changes;
        this.book = book;
        IbkrClientConfig.Risk risk = config.risk();
        this.rules = new PreTradeRisk(new RiskPolicy(risk.maxPositionPct(), risk.maxOpenPositions(), risk.dailyLossPct(),
                risk.priceCollarPct(), risk.initialMarginPct(), risk.maxOrdersPerMinute(), risk.allowMarketOutsideRegular()));
    }

    /** The rules built from the configured limits. */
    public PreTradeRisk rules() {
        return rules;
    }

    /** The state and the snapshot (with {@code symbol} priced, when given) at {@code clock}; call outside a transaction. */
    public Assessment assess(String symbol, ClockView clock) {
        return assess(symbol, clock, List.of());
    }

    /** As {@link #assess(String, ClockView)}, counting {@code inFlight} orders (admitted, not yet recorded) as open. */
    public Assessment assess(String symbol, ClockView clock, Collection<OpenQuantity> inFlight) {
        RiskBook.Holdings holdings = book.holdings(clock.now());
        AccountSnapshot snapshot = snapshots.snapshot(symbol, clock.now(), holdings, inFlight);
        RiskBook.State state = holdings.state();
        if (!Objects.equals(state.startOfDayDate(), clock.tradingDate())
                || !state.dailyLossTriggered() && rules.dailyLossBreached(withStartOfDay(snapshot, state))) {
            state = QuarkusTransaction.requiringNew().call(() -> record(snapshot, clock));
        }
        return new Assessment(state.tradingState(), state.reason(), state.changedBy(), state.changedAt(),
                state.startOfDayDate(), state.dailyLossTriggered(), withStartOfDay(snapshot, state), clock);
    }

    /** Writes a new day's start-of-day equity, or the daily loss limit's trigger, under the row lock. */
    private RiskBook.State record(AccountSnapshot snapshot, ClockView clock) {
        RiskStateEntity row = states.lock();
        book.stateWritten(row);
        if (!Objects.equals(row.startOfDayDate, clock.tradingDate())) {
            row.startOfDayDate = clock.tradingDate();
            row.startOfDayEquity = snapshot.equity();
            row.dailyLossTriggered = false;
        }
        AccountSnapshot today = new AccountSnapshot(snapshot.equity(), row.startOfDayEquity, snapshot.grossExposure(),
                snapshot.symbols(), snapshot.openPositionCount());
        if (!row.dailyLossTriggered && rules.dailyLossBreached(today)) {
            row.dailyLossTriggered = true;
            if (row.tradingState == TradingState.ACTIVE) {
                changes.change(row, TradingState.REDUCING, "DAILY_LOSS_LIMIT: equity " + snapshot.equity().toPlainString()
                        + " fell " + rules.policy().dailyLossPct().toPlainString() + "% or more below start-of-day equity "
                        + row.startOfDayEquity.toPlainString(), RiskStateChanges.SYSTEM, clock.now());
            }
        }
        return RiskBook.State.of(row);
    }

    private static AccountSnapshot withStartOfDay(AccountSnapshot snapshot, RiskBook.State state) {
        return new AccountSnapshot(snapshot.equity(), state.startOfDayEquity(), snapshot.grossExposure(), snapshot.symbols(),
                snapshot.openPositionCount());
    }
}
