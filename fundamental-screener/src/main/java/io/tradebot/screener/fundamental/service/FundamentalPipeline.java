package io.tradebot.screener.fundamental.service;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.screener.fundamental.client.IbkrClient;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import io.tradebot.screener.fundamental.screen.ContinuationEstimate;
import io.tradebot.screener.fundamental.screen.DailyClose;
import io.tradebot.screener.fundamental.screen.EntryDraft;
import io.tradebot.screener.fundamental.screen.FundamentalsCheck;
import io.tradebot.screener.fundamental.screen.PipelineCriteria;
import io.tradebot.screener.fundamental.screen.PipelinePick;
import io.tradebot.screener.fundamental.screen.ReturnZScore;
import io.tradebot.screener.fundamental.screen.StageTally;
import io.tradebot.screener.fundamental.screen.TopGainerSelection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The screen of one session as of its close: top % gainers → fundamentals filter → standard-deviation
 * filter → continuation estimate from the per-company models → the best {@code maxEntries} by score.
 * Every fundamentals snapshot it reads is stored.
 */
@ApplicationScoped
public class FundamentalPipeline {

    private final IbkrClient ibkr;
    private final FundamentalsStore fundamentalsStore;
    private final ContinuationStage continuation;
    private final FundamentalScreenerConfig config;

    public FundamentalPipeline(IbkrClient ibkr, FundamentalsStore fundamentalsStore, ContinuationStage continuation,
            FundamentalScreenerConfig config) {
        this.ibkr = ibkr;
        this.continuation = continuation;
        this.fundamentalsStore = fundamentalsStore;
        this.config = config;
    }

    /** The settings from the configuration. */
    public PipelineCriteria criteria() {
        return new PipelineCriteria(config.candidates(), config.minPrice(), config.minVolume(), config.minPe(),
                config.maxPe(), config.minMarketCap(), config.stdWindow(), config.stdThreshold(), config.maxEntries());
    }

    /**
     * Runs every stage for {@code session}, whose close is {@code scanned}'s as-of. Bounded in time so a
     * slow ibkr-client cannot hold the screen (and its lock) for long.
     */
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    public Outcome run(LocalDate session, List<TopGainerView> scanned, PipelineCriteria criteria) {
        StageTally tally = new StageTally();
        tally.passed("scanned", scanned.size());
        List<TopGainerView> gainers = TopGainerSelection.passing(scanned, session, criteria.minPrice(), criteria.minVolume());
        tally.passed("gainers", gainers.size());
        List<Candidate> profitable = fundamentalsStage(gainers, criteria, tally);
        tally.passed("fundamentals", profitable.size());
        List<Candidate> unusual = stdStage(profitable, session, criteria, tally);
        tally.passed("std", unusual.size());
        List<Candidate> estimated = continuation.estimate(unusual, session, tally);
        tally.passed("continuation", estimated.size());
        List<EntryDraft> drafts = best(estimated, criteria, tally);
        tally.passed("written", drafts.size());
        return new Outcome(drafts, tally);
    }

    /** Keeps the gainers whose fundamentals pass; stores every snapshot read. */
    private List<Candidate> fundamentalsStage(List<TopGainerView> gainers, PipelineCriteria criteria, StageTally tally) {
        List<Candidate> passed = new ArrayList<>();
        List<FundamentalsView> snapshots = new ArrayList<>();
        for (TopGainerView gainer : gainers) {
            FundamentalsView f = ibkr.fundamentals(gainer.symbol()).orElse(null);
            if (f != null && f.symbol() != null && f.asOf() != null) {
                snapshots.add(f);
            }
            Optional<String> failure = FundamentalsCheck.failure(f, criteria);
            if (failure.isPresent()) {
                tally.rejected(gainer.symbol(), "fundamentals", failure.get());
            } else {
                passed.add(new Candidate(gainer, f, null, null));
            }
        }
        fundamentalsStore.store(snapshots, 0);
        return passed;
    }

    /** Keeps the candidates whose return on {@code session} has a z-score of at least k. */
    private List<Candidate> stdStage(List<Candidate> candidates, LocalDate session, PipelineCriteria criteria,
            StageTally tally) {
        List<Candidate> passed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String symbol = candidate.gainer().symbol();
            Optional<ReturnZScore> stats = ReturnZScore.of(closes(symbol, session, criteria.stdWindow()), session,
                    criteria.stdWindow());
            if (stats.isEmpty()) {
                tally.rejected(symbol, "std", "fewer than " + (criteria.stdWindow() + 2) + " daily closes up to "
                        + session + ", or no variation");
            } else if (stats.get().z() < criteria.stdThreshold()) {
                tally.rejected(symbol, "std", "z " + stats.get().z() + " is below " + criteria.stdThreshold());
            } else {
                passed.add(new Candidate(candidate.gainer(), candidate.fundamentals(), stats.get(), null));
            }
        }
        return passed;
    }

    /** The best {@code maxEntries} by score (z plus continuation; ties by symbol), as entries ranked from 1. */
    private static List<EntryDraft> best(List<Candidate> candidates, PipelineCriteria criteria, StageTally tally) {
        List<Candidate> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> PipelinePick.rawScore(c.stats(), c.estimate()))
                        .reversed().thenComparing(c -> c.gainer().symbol()))
                .toList();
        List<EntryDraft> drafts = new ArrayList<>();
        for (Candidate c : ranked) {
            if (drafts.size() < criteria.maxEntries()) {
                drafts.add(new PipelinePick(drafts.size() + 1, c.gainer(), c.fundamentals(), c.stats(), c.estimate())
                        .toDraft(criteria));
            } else {
                tally.rejected(c.gainer().symbol(), "ranked", "score " + PipelinePick.rawScore(c.stats(), c.estimate())
                        + " is below the best " + criteria.maxEntries());
            }
        }
        return drafts;
    }

    /** Daily closes of {@code symbol} up to {@code session}, reaching back far enough for N + 1 returns. */
    private List<DailyClose> closes(String symbol, LocalDate session, int window) {
        // About 252 sessions in 365 days, plus room for holidays: twice the window in calendar days and two weeks more.
        LocalDate from = session.minusDays(2L * window + 14);
        List<BarView> bars = ibkr.dailyBars(symbol, from, session);
        return bars.stream()
                .filter(b -> b.start() != null && b.close() != null && b.close().signum() > 0)
                .map(b -> new DailyClose(b.start().atZone(ScreenService.MARKET_ZONE).toLocalDate(), b.close()))
                .sorted(Comparator.comparing(DailyClose::date))
                .toList();
    }

    /** The entries to write and how each stage went. */
    public record Outcome(List<EntryDraft> drafts, StageTally tally) {
    }

    /** A gainer as it goes through the stages; later stages fill in their part. */
    record Candidate(TopGainerView gainer, FundamentalsView fundamentals, ReturnZScore stats,
            ContinuationEstimate estimate) {

        Candidate withEstimate(ContinuationEstimate e) {
            return new Candidate(gainer, fundamentals, stats, e);
        }
    }
}
