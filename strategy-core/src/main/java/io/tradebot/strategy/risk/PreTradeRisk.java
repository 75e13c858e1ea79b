package io.tradebot.strategy.risk;

import io.tradebot.strategy.risk.RiskDecision.Rejection;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Judges one order against the policy, first failing rule wins: trading state HALTED, order rate,
 * session, price known, price collar; then, for orders that do not only shrink a position, the daily
 * loss limit, the REDUCING state, open positions, buying power and position size. Every limit is
 * inclusive: an order exactly at a limit passes, anything beyond it fails. The daily loss limit is the
 * exception by its nature: equity falling to (100 − dailyLossPct)% of start-of-day equity breaches it.
 */
public final class PreTradeRisk {

    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final RiskPolicy policy;

    public PreTradeRisk(RiskPolicy policy) {
        this.policy = policy;
    }

    public RiskPolicy policy() {
        return policy;
    }

    /**
     * @param recentOrders when the strategy's earlier orders that passed were placed (older ones are ignored)
     * @param now          the instant the order is placed, on the clock {@code recentOrders} use
     */
    public RiskDecision check(OrderIntent intent, AccountSnapshot account, TradingState state, TradingSession session,
            Collection<Instant> recentOrders, Instant now) {
        Instant windowStart = now.minus(RATE_WINDOW);
        long inWindow = recentOrders.stream().filter(at -> at.isAfter(windowStart) && !at.isAfter(now)).count();
        return check(intent, account, state, session, inWindow);
    }

    /**
     * The same check for a caller that counts the strategy's orders itself (a live service keeps a running window, so
     * the check costs the same however many orders a minute it carries).
     *
     * @param ordersInLastMinute how many of the strategy's earlier orders passed within the minute before this one
     */
    public RiskDecision check(OrderIntent intent, AccountSnapshot account, TradingState state, TradingSession session,
            long ordersInLastMinute) {
        if (state == TradingState.HALTED) {
            return new Rejection(RejectCodes.TRADING_HALTED, "Trading is halted; only cancels are accepted");
        }
        SymbolExposure exposure = account.exposure(intent.symbol());
        RiskDecision basic = firstFailure(orderRate(intent, ordersInLastMinute), session(intent, session),
                price(intent, exposure), collar(intent, exposure));
        if (!basic.accepted() || exposure.isReducedBy(intent)) {
            return basic;
        }
        if (dailyLossBreached(account)) {
            return new Rejection(RejectCodes.DAILY_LOSS_LIMIT, "Equity " + plain(account.equity()) + " is at or below "
                    + plain(lossFloor(account)) + " (" + plain(policy.dailyLossPct()) + "% under start-of-day equity "
                    + plain(account.startOfDayEquity()) + "); only orders that reduce a position are accepted");
        }
        if (state == TradingState.REDUCING) {
            return new Rejection(RejectCodes.REDUCING_ONLY, "Trading is REDUCING: only orders that shrink a position "
                    + "without reversing it are accepted; " + intent.symbol() + " position " + plain(exposure.position()));
        }
        return new ExposureRules(policy, account, intent, exposure).check();
    }

    /** True when equity has fallen to the daily loss floor of a known start-of-day equity. */
    public boolean dailyLossBreached(AccountSnapshot account) {
        return account.startOfDayEquity() != null && account.equity().compareTo(lossFloor(account)) <= 0;
    }

    private BigDecimal lossFloor(AccountSnapshot account) {
        return account.startOfDayEquity().multiply(HUNDRED.subtract(policy.dailyLossPct())).divide(HUNDRED, MathContext.DECIMAL64);
    }

    private RiskDecision orderRate(OrderIntent intent, long inWindow) {
        if (inWindow >= policy.maxOrdersPerMinute()) {
            return new Rejection(RejectCodes.ORDER_RATE, "Strategy '" + intent.strategy() + "' already placed " + inWindow
                    + " orders in the last minute; the limit is " + policy.maxOrdersPerMinute());
        }
        return RiskDecision.ok();
    }

    /**
     * A MARKET order must not execute outside the regular session. One placed before the open (PRE)
     * waits for the opening and executes there, as a DAY market order does at IBKR, so it passes; after
     * the close (POST, CLOSED) it would sit through the night's news, so it is refused unless allowed.
     */
    private RiskDecision session(OrderIntent intent, TradingSession session) {
        boolean afterTheClose = session == TradingSession.POST || session == TradingSession.CLOSED;
        if (intent.type() == IntentType.MARKET && afterTheClose && !policy.allowMarketOutsideRegular()) {
            return new Rejection(RejectCodes.MARKET_CLOSED, "MARKET orders are not accepted after the close; it is "
                    + session + " (use a LIMIT order, or place it before the next open)");
        }
        return RiskDecision.ok();
    }

    private static RiskDecision price(OrderIntent intent, SymbolExposure exposure) {
        if (exposure.lastPrice() == null) {
            return new Rejection(RejectCodes.NO_PRICE, "No last price is known for " + intent.symbol());
        }
        return RiskDecision.ok();
    }

    private RiskDecision collar(OrderIntent intent, SymbolExposure exposure) {
        if (intent.limitPrice() == null || exposure.lastPrice() == null) {
            return RiskDecision.ok();
        }
        BigDecimal last = exposure.lastPrice();
        BigDecimal allowed = last.multiply(policy.priceCollarPct()).divide(HUNDRED, MathContext.DECIMAL64);
        if (intent.limitPrice().subtract(last).abs().compareTo(allowed) > 0) {
            return new Rejection(RejectCodes.PRICE_COLLAR, "Limit price " + plain(intent.limitPrice()) + " is more than "
                    + plain(policy.priceCollarPct()) + "% away from the last price " + plain(last));
        }
        return RiskDecision.ok();
    }

    private static RiskDecision firstFailure(RiskDecision... decisions) {
        for (RiskDecision decision : decisions) {
            if (!decision.accepted()) {
                return decision;
            }
        }
        return RiskDecision.ok();
    }

    /** A number for a message: trailing zeros dropped, at least two decimals. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
