package io.tradebot.common.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A snapshot quote as of the market clock's {@code asOf}: the last trade ({@code last}, at
 * {@code lastTradeAt}), bid and ask, and the shares traded so far in the regular session of
 * {@code asOf}'s New York date. {@code derived} is true when the last trade comes from modelled bars.
 */
public record QuoteView(String symbol, Instant asOf, Instant lastTradeAt, BigDecimal last, BigDecimal bid,
        BigDecimal ask, long volume, boolean derived) {
}
