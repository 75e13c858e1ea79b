package io.tradebot.ibkr.broker;

import io.tradebot.common.market.TopGainerView;
import io.tradebot.ibkr.marketdata.DailyBar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Prices from the broker; nothing here reveals a price before the market clock has reached it. */
public interface MarketData {

    /** True when the broker can trade and quote {@code symbol}. */
    boolean knows(String symbol);

    /** Daily bars dated {@code from}..{@code to} whose session had closed by {@code asOf}, ascending. */
    List<DailyBar> dailyBars(String symbol, LocalDate from, LocalDate to, Instant asOf);

    /**
     * The top % gainers of the last session that had closed by {@code asOf}, best first, keeping rows
     * with close ≥ {@code minPrice} and volume ≥ {@code minVolume}.
     */
    List<TopGainerView> topGainers(Instant asOf, int limit, BigDecimal minPrice, long minVolume);

    /** The last close of {@code symbol} known at {@code asOf}, with the instant it became known. */
    Optional<PricePoint> lastClose(String symbol, Instant asOf);

    /** A price and when it was observed. */
    record PricePoint(BigDecimal price, Instant at) {
    }
}
