package io.tradebot.ibkr.risk;

import io.tradebot.common.market.ClockView;
import io.tradebot.ibkr.repository.RiskStateEntity;
import io.tradebot.strategy.risk.AccountSnapshot;
import io.tradebot.strategy.risk.TradingState;
import java.time.Instant;
import java.time.LocalDate;

/** The risk state and the account snapshot read together, under the risk_state row lock, at one clock reading. */
public record Assessment(TradingState state, String reason, String changedBy, Instant changedAt, LocalDate tradingDate,
        boolean dailyLossTriggered, AccountSnapshot account, ClockView clock) {

    static Assessment of(RiskStateEntity row, AccountSnapshot account, ClockView clock) {
        return new Assessment(row.tradingState, row.reason, row.changedBy, row.changedAt, row.startOfDayDate,
                row.dailyLossTriggered, account, clock);
    }
}
