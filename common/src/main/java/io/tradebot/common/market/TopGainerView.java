package io.tradebot.common.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the top % gainers scan: a session's close against the session before it. */
public record TopGainerView(String symbol, LocalDate date, BigDecimal previousClose, BigDecimal close,
        BigDecimal changePct, long volume) {
}
