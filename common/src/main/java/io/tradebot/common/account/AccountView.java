package io.tradebot.common.account;

import java.math.BigDecimal;
import java.time.Instant;

/** The account summary: cash and what the positions are worth at the market clock's last prices. */
public record AccountView(String accountId, String currency, BigDecimal cash, BigDecimal marketValue, BigDecimal equity,
        BigDecimal buyingPower, BigDecimal realizedPnl, BigDecimal unrealizedPnl, Instant asOf) {
}
