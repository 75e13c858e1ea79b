package io.tradebot.ibkr.service;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.marketdata.DailyBar;
import io.tradebot.ibkr.marketdata.TradingHours;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The clock, bars and the top gainers scan, always as of the market clock's now: never a look ahead. */
@ApplicationScoped
public class MarketService {

    /** The only bar size served so far. */
    public static final String DAILY = "1day";
    private static final int MAX_LIMIT = 100;

    private final MarketClock clock;
    private final MarketData marketData;

    public MarketService(MarketClock clock, MarketData marketData) {
        this.clock = clock;
        this.marketData = marketData;
    }

    public ClockView clock() {
        return clock.view();
    }

    /** Daily bars of {@code symbol} between two dates (both optional, inclusive) that had closed by now. */
    public List<BarView> bars(String symbol, String size, String from, String to) {
        if (size != null && !DAILY.equals(size.strip())) {
            throw ProblemException.badField("size", "size must be 1day; intraday bars are not available yet");
        }
        String normalized = symbol.strip().toUpperCase(Locale.ROOT);
        if (!marketData.knows(normalized)) {
            throw ProblemException.notFound("Symbol '" + normalized + "'");
        }
        Instant now = clock.now();
        LocalDate fromDate = from == null || from.isBlank() ? LocalDate.of(1900, 1, 1) : RequestValues.date("from", from);
        LocalDate toDate = to == null || to.isBlank() ? TradingHours.dateOf(now) : RequestValues.date("to", to);
        if (fromDate.isAfter(toDate)) {
            throw ProblemException.badField("from", "from must not be after to");
        }
        return marketData.dailyBars(normalized, fromDate, toDate, now).stream().map(MarketService::view).toList();
    }

    /** The top % gainers of the last session closed by {@code asOf} (default and upper bound: now). */
    public List<TopGainerView> topGainers(Integer limit, String minPrice, Long minVolume, String asOf) {
        int rows = limit == null ? 10 : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw ProblemException.badField("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        BigDecimal priceFloor = minPrice == null || minPrice.isBlank() ? BigDecimal.ZERO : RequestValues.nonNegative("minPrice", minPrice);
        long volumeFloor = minVolume == null ? 0 : minVolume;
        if (volumeFloor < 0) {
            throw ProblemException.badField("minVolume", "minVolume must not be negative");
        }
        Instant now = clock.now();
        Instant at = asOf == null || asOf.isBlank() ? now : RequestValues.asOf(asOf);
        Instant cutoff = at.isAfter(now) ? now : at;
        return marketData.topGainers(cutoff, rows, priceFloor, volumeFloor);
    }

    private static BarView view(DailyBar bar) {
        return new BarView(bar.opensAt(), DAILY, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(), false);
    }
}
