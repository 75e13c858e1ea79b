package io.tradebot.screener.fundamental.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.common.problem.Problem;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.screener.fundamental.client.IbkrClient;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import io.tradebot.screener.fundamental.screen.ScreenCriteria;
import io.tradebot.screener.fundamental.screen.ScreenSummary;
import io.tradebot.screener.fundamental.screen.SelectedGainer;
import io.tradebot.screener.fundamental.screen.TopGainerSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs the fundamental screen for a trading day at most once: scans the top gainers of the last
 * session completed by the as-of instant, selects the watchlist and records it.
 */
@ApplicationScoped
public class ScreenService {

    /** The zone the US equities trading day is defined in. */
    public static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");
    private static final LocalTime DAY_START = LocalTime.of(9, 0);

    private final IbkrClient ibkr;
    private final ScreenStore store;
    private final FundamentalScreenerConfig config;
    private final Counter runsCounter;
    private final Counter entriesCounter;
    /** The scheduled job and the endpoint may ask for the same day at once; one scan is enough. */
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public ScreenService(IbkrClient ibkr, ScreenStore store, FundamentalScreenerConfig config, MeterRegistry registry) {
        this.ibkr = ibkr;
        this.store = store;
        this.config = config;
        this.runsCounter = registry.counter("tradebot.screen.runs", "screener", "fundamental");
        this.entriesCounter = registry.counter("tradebot.watchlist.entries.written", "source", "fundamental");
    }

    /** 09:00 US/Eastern on {@code tradeDate}: before its open, so only earlier sessions are complete. */
    public static Instant beforeOpen(LocalDate tradeDate) {
        return tradeDate.atTime(DAY_START).atZone(MARKET_ZONE).toInstant();
    }

    /** The screen for {@code tradeDate} as of {@code asOf}, running it first if it has not run yet. */
    public ScreenSummary screen(LocalDate tradeDate, Instant asOf) {
        oneAtATime.lock();
        try {
            Optional<ScreenSummary> done = store.summary(tradeDate);
            return done.isPresent() ? done.get() : runScreen(tradeDate, asOf);
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * The on-demand screen for {@code tradeDate}, as of 09:00 ET that day. Refused for a day the market
     * clock has not reached: sessions before it may still be missing, and the recorded screen would
     * block the real one when the day comes.
     */
    public ScreenSummary screenOnDemand(LocalDate tradeDate) {
        Optional<ScreenSummary> done = store.summary(tradeDate);
        if (done.isPresent()) {
            return done.get();
        }
        LocalDate clockDate = clock().tradingDate();
        if (tradeDate.isAfter(clockDate)) {
            throw new ProblemException(Problem.of(422, "date " + tradeDate + " is after the market clock's trading date "
                    + clockDate + "; it is screened when the clock gets there", "date"));
        }
        return screen(tradeDate, beforeOpen(tradeDate));
    }

    /** The market clock, bounded in time. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public ClockView clock() {
        return ibkr.clock();
    }

    /** The recorded screen for {@code tradeDate}, if it ran. */
    public Optional<ScreenSummary> find(LocalDate tradeDate) {
        return store.summary(tradeDate);
    }

    /** Whether {@code tradeDate} has been screened. */
    public boolean hasRun(LocalDate tradeDate) {
        return store.hasRun(tradeDate);
    }

    /** The top-gainers scan, bounded in time so a hung ibkr-client cannot stall the screener. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public List<TopGainerView> scan(ScreenCriteria criteria, Instant asOf) {
        return ibkr.topGainers(criteria.candidates(), criteria.minPrice(), criteria.minVolume(), asOf);
    }

    private ScreenSummary runScreen(LocalDate tradeDate, Instant asOf) {
        ScreenCriteria criteria = new ScreenCriteria(config.candidates(), config.minPrice(), config.minVolume(),
                config.maxEntries());
        Instant startedAt = Instant.now();
        List<TopGainerView> scanned = scan(criteria, asOf);
        List<SelectedGainer> selected = TopGainerSelection.select(scanned, criteria);
        try {
            ScreenStore.Recorded recorded = store.record(tradeDate, asOf, criteria, scanned.size(), selected, startedAt);
            if (recorded.written()) {
                runsCounter.increment();
                entriesCounter.increment(selected.size());
                Log.infof("Screened %s as of %s: %d candidates, %d passed %s", tradeDate, asOf, scanned.size(),
                        selected.size(), selected.stream().map(s -> s.gainer().symbol()).toList());
            }
            return recorded.summary();
        } catch (PersistenceException e) {
            if (!isConstraintViolation(e)) {
                throw e;
            }
            Log.infof("Screen for %s was recorded concurrently by another run; keeping that one", tradeDate);
            return store.summary(tradeDate).orElseThrow(() -> e);
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
