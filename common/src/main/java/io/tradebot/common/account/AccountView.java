package io.tradebot.common.account;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The account summary: cash and what the positions are worth at the market clock's last prices.
 *
 * @param marginUsed initial margin the positions tie up (Reg T: 50% of Σ |market value|)
 * @param todayPnl   equity now minus the equity at the start of today's trading day; null when unknown
 */
public record AccountView(String accountId, String currency, BigDecimal cash, BigDecimal marketValue, BigDecimal equity,
        BigDecimal buyingPower, BigDecimal marginUsed, BigDecimal realizedPnl, BigDecimal unrealizedPnl,
        BigDecimal todayPnl, Instant asOf) {

    /** This summary with {@code todayPnl} set. */
    public AccountView withTodayPnl(BigDecimal todayPnl) {
        return new AccountView(accountId, currency, cash, marketValue, equity, buyingPower, marginUsed, realizedPnl,
                unrealizedPnl, todayPnl, asOf);
    }
}
