package io.tradebot.ibkr.risk;

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
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads the risk state under its row lock, captures the start-of-day equity at the first check of each
 * trading day, and switches ACTIVE to REDUCING once (per day) when equity reaches the daily loss floor.
 */
@ApplicationScoped
public class RiskAssessor {

    private final RiskStateRepository states;
    private final RiskSnapshots snapshots;
    private final RiskStateChanges changes;
    private final PreTradeRisk rules;

    public RiskAssessor(RiskStateRepository states, RiskSnapshots snapshots, RiskStateChanges changes,
            IbkrClientConfig config) {
        this.states = states;
        this.snapshots = snapshots;
        this.changes = changes;
        IbkrClientConfig.Risk risk = config.risk();
        this.rules = new PreTradeRisk(new RiskPolicy(risk.maxPositionPct(), risk.maxOpenPositions(), risk.dailyLossPct(),
                risk.priceCollarPct(), risk.initialMarginPct(), risk.maxOrdersPerMinute(), risk.allowMarketOutsideRegular()));
    }

    /** The rules built from the configured limits. */
    public PreTradeRisk rules() {
        return rules;
    }

    /** The state and the snapshot (with {@code symbol} priced, when given) at {@code clock}; locks risk_state until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessment assess(String symbol, ClockView clock) {
        return assess(symbol, clock, List.of());
    }

    /** As {@link #assess(String, ClockView)}, counting {@code inFlight} orders (admitted, not yet recorded) as open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessment assess(String symbol, ClockView clock, Collection<OpenQuantity> inFlight) {
        RiskStateEntity row = states.lock();
        AccountSnapshot snapshot = snapshots.snapshot(symbol, clock.now(), null, inFlight);
        if (!Objects.equals(row.startOfDayDate, clock.tradingDate())) {
            row.startOfDayDate = clock.tradingDate();
            row.startOfDayEquity = snapshot.equity();
            row.dailyLossTriggered = false;
        }
        snapshot = new AccountSnapshot(snapshot.equity(), row.startOfDayEquity, snapshot.grossExposure(),
                snapshot.symbols(), snapshot.openPositionCount());
        if (!row.dailyLossTriggered && rules.dailyLossBreached(snapshot)) {
            row.dailyLossTriggered = true;
            if (row.tradingState == TradingState.ACTIVE) {
                changes.change(row, TradingState.REDUCING, "DAILY_LOSS_LIMIT: equity " + snapshot.equity().toPlainString()
                        + " fell " + rules.policy().dailyLossPct().toPlainString() + "% or more below start-of-day equity "
                        + row.startOfDayEquity.toPlainString(), RiskStateChanges.SYSTEM, clock.now());
            }
        }
        return Assessment.of(row, snapshot, clock);
    }
}
