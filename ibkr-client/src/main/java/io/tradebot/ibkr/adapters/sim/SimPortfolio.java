package io.tradebot.ibkr.adapters.sim;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.ibkr.repository.BrokerAccountEntity;
import io.tradebot.ibkr.repository.PositionEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Values positions and sums them into the account summary. Margin used is the initial margin on every
 * position, {@code m × Σ|market value|} (Reg T: m = 50%); buying power is what the equity left after it
 * can buy at that margin, {@code (equity − margin used) / m} (with 50%: {@code 2 × equity − Σ|market
 * value|}), never below zero.
 */
final class SimPortfolio {

    private final List<Line> lines;
    private final BigDecimal marginRate;

    /** @param initialMarginPct the initial margin in percent (50 for Reg T) */
    SimPortfolio(List<Line> lines, BigDecimal initialMarginPct) {
        this.lines = lines;
        this.marginRate = initialMarginPct.movePointLeft(2);
    }

    AccountView account(BrokerAccountEntity account, Instant asOf) {
        BigDecimal marketValue = sum(lines.stream().map(Line::marketValue).toList());
        BigDecimal grossValue = sum(lines.stream().map(line -> line.marketValue().abs()).toList());
        BigDecimal unrealized = sum(lines.stream().map(Line::unrealizedPnl).toList());
        BigDecimal equity = account.cash.add(marketValue);
        BigDecimal marginUsed = grossValue.multiply(marginRate);
        BigDecimal buyingPower = equity.subtract(marginUsed).divide(marginRate, 6, RoundingMode.HALF_EVEN).max(BigDecimal.ZERO);
        return new AccountView(account.accountId, account.currency, scaled(account.cash), scaled(marketValue),
                scaled(equity), scaled(buyingPower), scaled(marginUsed), scaled(account.realizedPnl), scaled(unrealized), null,
                asOf);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_EVEN);
    }

    /** One position valued at a last price. */
    record Line(PositionEntity row, BigDecimal lastPrice) {

        static Line of(PositionEntity row, BigDecimal lastPrice) {
            return new Line(row, lastPrice);
        }

        BigDecimal marketValue() {
            return scaled(row.quantity.multiply(lastPrice));
        }

        BigDecimal unrealizedPnl() {
            return scaled(lastPrice.subtract(row.avgCost).multiply(row.quantity));
        }

        PositionView view() {
            return new PositionView(row.symbol, row.quantity, row.avgCost, lastPrice, marketValue(), unrealizedPnl(),
                    row.realizedPnl);
        }
    }
}
