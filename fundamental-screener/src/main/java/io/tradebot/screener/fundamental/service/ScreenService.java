package io.tradebot.screener.fundamental.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.screener.fundamental.client.IbkrClient;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import io.tradebot.screener.fundamental.screen.EntryDraft;
import io.tradebot.screener.fundamental.screen.PipelineCriteria;
import io.tradebot.screener.fundamental.screen.PipelinePick;
import io.tradebot.screener.fundamental.screen.ScreenSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs the fundamental screen for a date at most once and records it, through the whole pipeline
 * ({@link FundamentalPipeline}): the scheduled screen of a trading day screens the session before it as of
 * its close; the on-demand screen of a past session screens that session as of its close.
 */
@ApplicationScoped
public class ScreenService {

    /** The zone the US equities trading day is defined in. */
    public static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");
    private static final LocalTime DAY_START = LocalTime.of(9, 0);
    private static final LocalTime SESSION_OPEN = LocalTime.of(9, 30);
    private static final LocalTime SESSION_CLOSE = LocalTime.of(16, 0);

    private final IbkrClient ibkr;
    private final FundamentalPipeline pipeline;
    private final ScreenStore store;
    private final FundamentalScreenerConfig config;
    private final Counter runsCounter;
    private final Counter entriesCounter;
    /** The scheduled job and the endpoint may ask for the same day at once; one scan is enough. */
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public ScreenService(IbkrClient ibkr, FundamentalPipeline pipeline, ScreenStore store, FundamentalScreenerConfig config,
            MeterRegistry registry) {
        this.ibkr = ibkr;
        this.pipeline = pipeline;
        this.store = store;
        this.config = config;
        this.runsCounter = registry.counter("tradebot.screen.runs", "screener", "fundamental");
        this.entriesCounter = registry.counter("tradebot.watchlist.entries.written", "source", "fundamental");
    }

    /** 09:30 US/Eastern on {@code tradeDate}: its open. */
    public static Instant openOf(LocalDate tradeDate) {
        return tradeDate.atTime(SESSION_OPEN).atZone(MARKET_ZONE).toInstant();
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
            return done.isPresent() ? done.get() : runScheduled(tradeDate, asOf);
        } finally {
            oneAtATime.unlock();
        }
    }

    /** 16:00 US/Eastern on {@code session}: its close. */
    public static Instant closeOf(LocalDate session) {
        return session.atTime(SESSION_CLOSE).atZone(MARKET_ZONE).toInstant();
    }

    /**
     * The on-demand screen of {@code session} as of its close, through the whole pipeline (gainers,
     * fundamentals, standard deviation); entries are written for that date. A date already screened
     * returns the recorded screen. Refused (400, field {@code date}) for a weekend or a session whose
     * close the market clock has not reached.
     */
    public ScreenSummary screenOnDemand(LocalDate session) {
        Optional<ScreenSummary> done = store.summary(session);
        if (done.isPresent()) {
            return done.get();
        }
        requireClosed(session, "date");
        oneAtATime.lock();
        try {
            done = store.summary(session);
            return done.isPresent() ? done.get() : runPipeline(session);
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * Refuses (400, naming {@code field}) a weekend or a session whose close the market clock has not reached:
     * a screen or a model as of that close would have to look into the future.
     */
    public void requireClosed(LocalDate session, String field) {
        if (session.getDayOfWeek() == DayOfWeek.SATURDAY || session.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw ProblemException.badField(field, field + " " + session + " is a " + session.getDayOfWeek()
                    .toString().toLowerCase(Locale.ROOT) + "; there is no session to screen");
        }
        Instant now = clock().now();
        if (closeOf(session).isAfter(now)) {
            throw ProblemException.badField(field, field + " " + session + " has not closed yet: the market clock is at "
                    + now + " and the screen needs the close at " + closeOf(session));
        }
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

    /** The pipeline's top-gainers scan, bounded in time so a hung ibkr-client cannot stall the screener. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public List<TopGainerView> scan(PipelineCriteria criteria, Instant asOf) {
        return ibkr.topGainers(criteria.candidates(), criteria.minPrice(), criteria.minVolume(), asOf);
    }

    private ScreenSummary runPipeline(LocalDate session) {
        PipelineCriteria criteria = pipeline.criteria();
        Instant startedAt = Instant.now();
        Instant asOf = closeOf(session);
        List<TopGainerView> scanned = scan(criteria, asOf);
        FundamentalPipeline.Outcome outcome = pipeline.run(session, scanned, criteria);
        Map<String, Object> inputs = new LinkedHashMap<>(criteria.asMap());
        inputs.put("rule", PipelinePick.RULE);
        inputs.put("session", session.toString());
        inputs.put("asOf", asOf.toString());
        return record(session, inputs, scanned.size(), outcome.tally().asMap(), outcome.drafts(), startedAt);
    }

    /**
     * The scheduled screen of trading day {@code tradeDate}: the scan as of {@code asOf} (before that day's open)
     * reports the last completed session, which the pipeline screens as of its close; the entries are for
     * {@code tradeDate}, the day they may be traded.
     */
    private ScreenSummary runScheduled(LocalDate tradeDate, Instant asOf) {
        PipelineCriteria criteria = pipeline.criteria();
        Instant startedAt = Instant.now();
        List<TopGainerView> scanned = scan(criteria, asOf);
        Optional<LocalDate> session = scanned.stream().map(TopGainerView::date).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        FundamentalPipeline.Outcome outcome = pipeline.run(session.orElse(tradeDate), scanned, criteria);
        Map<String, Object> inputs = new LinkedHashMap<>(criteria.asMap());
        inputs.put("rule", PipelinePick.RULE);
        inputs.put("tradeDate", tradeDate.toString());
        inputs.put("session", session.map(LocalDate::toString).orElse(null));
        inputs.put("asOf", asOf.toString());
        return record(tradeDate, inputs, scanned.size(), outcome.tally().asMap(), outcome.drafts(), startedAt);
    }

    private ScreenSummary record(LocalDate tradeDate, Map<String, Object> inputs, int scanned,
            Map<String, Object> stages, List<EntryDraft> drafts, Instant startedAt) {
        try {
            ScreenStore.Recorded recorded = store.record(tradeDate, inputs, scanned, stages, drafts, startedAt);
            if (recorded.written()) {
                runsCounter.increment();
                entriesCounter.increment(drafts.size());
                Log.infof("Screened %s (%s): %d candidates, %d passed %s", tradeDate, inputs.get("rule"), scanned,
                        drafts.size(), drafts.stream().map(EntryDraft::symbol).toList());
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
