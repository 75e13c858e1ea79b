package io.tradebot.ibkr.adapters.sim;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.QuoteView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.marketdata.DailyBar;
import io.tradebot.ibkr.marketdata.Fundamentals;
import io.tradebot.ibkr.marketdata.MarketHistory;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Market data of the {@code sim} adapter: the bundled history, cut off at the instant asked about. */
@ApplicationScoped
public class SimMarketData implements MarketData {

    private final MarketHistory history;
    private final SimIntraday intraday;
    private final Fundamentals fundamentals;

    public SimMarketData(MarketHistory history, SimIntraday intraday, Fundamentals fundamentals) {
        this.history = history;
        this.intraday = intraday;
        this.fundamentals = fundamentals;
    }

    @Override
    public boolean knows(String symbol) {
        return history.knows(symbol);
    }

    @Override
    public List<DailyBar> dailyBars(String symbol, LocalDate from, LocalDate to, Instant asOf) {
        return history.bars(symbol, from, to).stream().filter(bar -> !bar.closesAt().isAfter(asOf)).toList();
    }

    @Override
    public List<TopGainerView> topGainers(Instant asOf, int limit, BigDecimal minPrice, long minVolume) {
        return history.lastTradingDayClosedBy(asOf)
                .map(day -> history.symbols().stream()
                        .flatMap(symbol -> gain(symbol, day).stream())
                        .filter(row -> row.close().compareTo(minPrice) >= 0 && row.volume() >= minVolume)
                        .sorted(Comparator.comparing(TopGainerView::changePct).reversed()
                                .thenComparing(TopGainerView::symbol))
                        .limit(limit)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Optional<PricePoint> lastClose(String symbol, Instant asOf) {
        return history.lastClosedBy(symbol, asOf).map(bar -> new PricePoint(bar.close(), bar.closesAt()));
    }

    @Override
    public boolean hasIntraday(String symbol) {
        return intraday.knows(symbol);
    }

    @Override
    public List<BarView> intradayBars(String symbol, Duration size, Instant from, Instant to, Instant asOf) {
        return intraday.bars(symbol, size, from, to, asOf);
    }

    @Override
    public Optional<QuoteView> quote(String symbol, Instant asOf) {
        return intraday.quote(symbol, asOf);
    }

    @Override
    public Optional<FundamentalsView> fundamentals(String symbol) {
        return fundamentals.of(symbol);
    }

    private Optional<TopGainerView> gain(String symbol, LocalDate day) {
        return history.barOn(symbol, day).flatMap(bar -> history.barBefore(symbol, day)
                .map(previous -> new TopGainerView(symbol, day, previous.close(), bar.close(),
                        DailyChange.percent(previous.close(), bar.close()), bar.volume())));
    }
}
