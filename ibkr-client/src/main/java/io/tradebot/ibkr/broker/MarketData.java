package io.tradebot.ibkr.broker;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.QuoteView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.ibkr.marketdata.DailyBar;
import java.math.BigDecimal;
import java.time.Duration;
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

    /** True when the broker has intraday bars and quotes of {@code symbol} (it may quote more than it trades). */
    boolean hasIntraday(String symbol);

    /**
     * Regular-session bars of {@code size} (a whole number of minutes) starting in [{@code from}, {@code to})
     * that had completed (start + size) by {@code asOf}, ascending.
     */
    List<BarView> intradayBars(String symbol, Duration size, Instant from, Instant to, Instant asOf);

    /** The quote of {@code symbol} made of the minute bars completed by {@code asOf}; empty before its first trade. */
    Optional<QuoteView> quote(String symbol, Instant asOf);

    /** The latest fundamentals snapshot of {@code symbol} the broker has, if any. */
    Optional<FundamentalsView> fundamentals(String symbol);

    /** A price and when it was observed. */
    record PricePoint(BigDecimal price, Instant at) {
    }
}
