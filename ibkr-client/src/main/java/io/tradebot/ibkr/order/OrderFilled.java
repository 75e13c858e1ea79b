package io.tradebot.ibkr.order;

import java.time.Instant;

/** CDI event fired inside the transaction that books a fill; observers that act after the commit use AFTER_SUCCESS. */
public record OrderFilled(String clientOrderId, String symbol, Instant executedAt) {
}
