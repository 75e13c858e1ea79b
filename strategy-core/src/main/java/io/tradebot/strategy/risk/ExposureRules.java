package io.tradebot.strategy.risk;

import io.tradebot.strategy.risk.RiskDecision.Rejection;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The rules on what an order adds to the account: open positions, Reg T buying power, position size.
 * The order is valued at its reference price: the last price, or the limit price when that is higher.
 * Open orders on the order's side count as if filled, so a stack of small orders cannot slip past a limit.
 */
final class ExposureRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final RiskPolicy policy;
    private final AccountSnapshot account;
    private final OrderIntent intent;
    private final SymbolExposure exposure;
    private final BigDecimal price;

    ExposureRules(RiskPolicy policy, AccountSnapshot account, OrderIntent intent, SymbolExposure exposure) {
        this.policy = policy;
        this.account = account;
        this.intent = intent;
        this.exposure = exposure;
        BigDecimal limit = intent.limitPrice();
        this.price = limit == null ? exposure.lastPrice() : limit.max(exposure.lastPrice());
    }

    RiskDecision check() {
        if (!exposure.isOpen() && account.openPositionCount() >= policy.maxOpenPositions()) {
            return new Rejection(RejectCodes.MAX_OPEN_POSITIONS, intent.symbol() + " would be open position number "
                    + (account.openPositionCount() + 1) + "; at most " + policy.maxOpenPositions() + " are allowed");
        }
        BigDecimal added = addedGross();
        BigDecimal buyingPower = buyingPower();
        if (added.compareTo(buyingPower) > 0) {
            return new Rejection(RejectCodes.BUYING_POWER, "The order adds " + PreTradeRisk.plain(added)
                    + " of exposure but only " + PreTradeRisk.plain(buyingPower.max(BigDecimal.ZERO))
                    + " of buying power is left (Reg T " + PreTradeRisk.plain(policy.initialMarginPct()) + "% initial margin)");
        }
        BigDecimal positionValue = exposure.projectedPosition(intent).abs().multiply(price);
        BigDecimal maxValue = account.equity().multiply(policy.maxPositionPct()).divide(HUNDRED, MathContext.DECIMAL64);
        if (positionValue.compareTo(maxValue) > 0) {
            return new Rejection(RejectCodes.MAX_POSITION_SIZE, intent.symbol() + " position would be worth "
                    + PreTradeRisk.plain(positionValue) + ", over " + PreTradeRisk.plain(policy.maxPositionPct())
                    + "% of equity (" + PreTradeRisk.plain(maxValue) + ")");
        }
        return RiskDecision.ok();
    }

    /** (equity − m × gross) / m: what the account may still add in gross exposure. */
    private BigDecimal buyingPower() {
        BigDecimal margin = policy.initialMarginPct().divide(HUNDRED, MathContext.DECIMAL64);
        return account.equity().subtract(margin.multiply(account.grossExposure())).divide(margin, MathContext.DECIMAL64);
    }

    /** How much the absolute position, open orders on the order's side included, grows by the order, valued at the price. */
    private BigDecimal addedGross() {
        BigDecimal after = exposure.projectedPosition(intent);
        BigDecimal before = after.subtract(intent.signedQuantity());
        BigDecimal growth = after.abs().subtract(before.abs());
        return growth.signum() > 0 ? growth.multiply(price) : BigDecimal.ZERO;
    }
}
