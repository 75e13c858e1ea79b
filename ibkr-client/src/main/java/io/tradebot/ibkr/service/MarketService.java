package io.tradebot.ibkr.service;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.QuoteView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.marketdata.DailyBar;
import io.tradebot.ibkr.marketdata.TradingHours;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The clock, bars, quotes, fundamentals and the top gainers scan, always as of the market clock's now: never a look ahead. */
@ApplicationScoped
public class MarketService {

    /** The daily bar size. */
    public static final String DAILY = "1day";
    /** The intraday bar sizes and their lengths. */
    private static final Map<String, Duration> INTRADAY = Map.of("1min", Duration.ofMinutes(1), "5min", Duration.ofMinutes(5));
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

    /**
     * Bars of {@code symbol} of {@code size} (1min, 5min, 1day; default 1day) between two bounds
     * ({@code yyyy-MM-dd} or ISO instants, both optional) that had completed by now.
     */
    public List<BarView> bars(String symbol, String size, String from, String to) {
        String barSize = size == null || size.isBlank() ? DAILY : size.strip();
        Duration minutes = INTRADAY.get(barSize);
        if (minutes == null && !DAILY.equals(barSize)) {
            throw ProblemException.badField("size", "size must be one of 1min, 5min, 1day, was '" + size + "'");
        }
        String ticker = RequestValues.symbol(symbol);
        Instant now = clock.now();
        if (minutes != null) {
            if (!marketData.hasIntraday(ticker)) {
                throw RequestValues.unknownSymbol(ticker, "intraday bars");
            }
            IntradayRange range = IntradayRange.parse(from, to, now);
            return marketData.intradayBars(ticker, minutes, range.from(), range.to(), now);
        }
        return dailyBars(ticker, from, to, now);
    }

    private List<BarView> dailyBars(String ticker, String from, String to, Instant now) {
        if (!marketData.knows(ticker)) {
            throw RequestValues.unknownSymbol(ticker, "daily bars");
        }
        LocalDate fromDate = from == null || from.isBlank() ? LocalDate.of(1900, 1, 1) : RequestValues.boundDate("from", from);
        LocalDate toDate = to == null || to.isBlank() ? TradingHours.dateOf(now) : RequestValues.boundDate("to", to);
        if (fromDate.isAfter(toDate)) {
            throw ProblemException.badField("from", "from must not be after to");
        }
        return marketData.dailyBars(ticker, fromDate, toDate, now).stream().map(MarketService::view).toList();
    }

    /** The quote of {@code symbol} as of the clock's now. */
    public QuoteView quote(String symbol) {
        String ticker = RequestValues.symbol(symbol);
        if (!marketData.hasIntraday(ticker)) {
            throw RequestValues.unknownSymbol(ticker, "quotes");
        }
        return marketData.quote(ticker, clock.now()).orElseThrow(() -> RequestValues.unknownSymbol(ticker, "trade yet"));
    }

    /** The fundamentals snapshot of {@code symbol}. */
    public FundamentalsView fundamentals(String symbol) {
        String ticker = RequestValues.symbol(symbol);
        return marketData.fundamentals(ticker).orElseThrow(() -> RequestValues.unknownSymbol(ticker, "fundamentals"));
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
