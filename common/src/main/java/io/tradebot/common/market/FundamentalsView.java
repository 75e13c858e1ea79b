package io.tradebot.common.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fundamentals of one company as of {@code asOf}. Money in USD (market cap and EBITDA in whole
 * dollars), {@code dividendYieldPct} in percent; a value the source does not have is {@code null}.
 */
public record FundamentalsView(String symbol, String name, String sector, LocalDate asOf, BigDecimal price,
        BigDecimal eps, BigDecimal pe, BigDecimal marketCap, BigDecimal ebitda, BigDecimal priceToSales,
        BigDecimal priceToBook, BigDecimal dividendYieldPct, BigDecimal bookValuePerShare, BigDecimal week52Low,
        BigDecimal week52High) {
}
