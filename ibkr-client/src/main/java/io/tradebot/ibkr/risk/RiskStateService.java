package io.tradebot.ibkr.risk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.common.risk.RiskLimitsView;
import io.tradebot.common.risk.RiskStateRequest;
import io.tradebot.common.risk.RiskView;
import io.tradebot.common.risk.TradingState;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.repository.RiskStateRepository;
import io.tradebot.strategy.risk.AccountSnapshot;
import io.tradebot.strategy.risk.RiskPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;

/** Shows the risk state with today's figures, and lets an administrator set the trading state. */
@ApplicationScoped
public class RiskStateService {

    private static final int MAX_REASON = 255;

    private final RiskAssessor assessor;
    private final RiskGate gate;
    private final RiskStateRepository states;
    private final RiskStateChanges changes;
    private final MarketClock clock;

    public RiskStateService(RiskAssessor assessor, RiskStateRepository states, RiskStateChanges changes, MarketClock clock,
            RiskGate gate) {
        this.gate = gate;
        this.assessor = assessor;
        this.states = states;
        this.changes = changes;
        this.clock = clock;
    }

    /** The state and today's figures; like every check, captures the start-of-day equity on a new trading day. */
    public RiskView view() {
        return gate.exclusively(() -> toView(assessor.assess(null, clock.view())));
    }

    /** Sets the trading state on behalf of {@code user}; 400 naming the field for a bad state or a missing reason. */
    public RiskView setState(RiskStateRequest request, String user) {
        io.tradebot.strategy.risk.TradingState state = parse(request);
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw ProblemException.badField("reason", "reason is required, at most " + MAX_REASON + " characters");
        }
        return set(state, reason, user);
    }

    /** Sets {@code state} with its audit trail and outbox event, and returns the new view. */
    RiskView set(io.tradebot.strategy.risk.TradingState state, String reason, String user) {
        return gate.exclusively(() -> {
            QuarkusTransaction.requiringNew().run(() -> changes.change(states.lock(), state, reason, user, clock.now()));
            return toView(assessor.assess(null, clock.view()));
        });
    }

    private static io.tradebot.strategy.risk.TradingState parse(RiskStateRequest request) {
        String allowed = Arrays.toString(TradingState.values());
        if (request == null || request.state() == null || request.state().isBlank()) {
            throw ProblemException.badField("state", "state is required: one of " + allowed);
        }
        try {
            return io.tradebot.strategy.risk.TradingState.valueOf(request.state().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("state", "state must be one of " + allowed);
        }
    }

    private RiskView toView(Assessment assessment) {
        AccountSnapshot account = assessment.account();
        BigDecimal startOfDay = account.startOfDayEquity();
        return new RiskView(TradingState.valueOf(assessment.state().name()), assessment.reason(), assessment.changedBy(),
                assessment.changedAt(), limits(assessor.rules().policy()), assessment.tradingDate(), money(startOfDay),
                money(account.equity()), startOfDay == null ? null : money(account.equity().subtract(startOfDay)),
                money(account.grossExposure()), account.openPositionCount(), assessment.dailyLossTriggered());
    }

    private static RiskLimitsView limits(RiskPolicy policy) {
        return new RiskLimitsView(policy.maxPositionPct(), policy.maxOpenPositions(), policy.dailyLossPct(),
                policy.priceCollarPct(), policy.initialMarginPct(), policy.maxOrdersPerMinute(),
                policy.allowMarketOutsideRegular());
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(6, RoundingMode.HALF_EVEN);
    }
}
