package io.tradebot.screener.fundamental.service;

import io.tradebot.common.watchlist.WatchlistSource;
import io.tradebot.common.watchlist.WatchlistStatus;
import io.tradebot.screener.fundamental.repository.ScreenRun;
import io.tradebot.screener.fundamental.repository.ScreenRunRepository;
import io.tradebot.screener.fundamental.repository.WatchlistEntry;
import io.tradebot.screener.fundamental.repository.WatchlistEntryRepository;
import io.tradebot.screener.fundamental.screen.EntryDraft;
import io.tradebot.screener.fundamental.screen.ScreenSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a screen's watchlist entries and its screen_run row in one transaction, and reads them back. */
@ApplicationScoped
public class ScreenStore {

    static final String SCREENER = "FUNDAMENTAL";

    private final WatchlistEntryRepository entries;
    private final ScreenRunRepository runs;
    private final JsonColumns json;

    public ScreenStore(WatchlistEntryRepository entries, ScreenRunRepository runs, JsonColumns json) {
        this.entries = entries;
        this.runs = runs;
        this.json = json;
    }

    /** Whether a screen already ran for {@code tradeDate}. */
    @Transactional
    public boolean hasRun(LocalDate tradeDate) {
        return runs.firstFor(SCREENER, tradeDate).isPresent();
    }

    /** The recorded screen for {@code tradeDate}, if one ran. */
    @Transactional
    public Optional<ScreenSummary> summary(LocalDate tradeDate) {
        return runs.firstFor(SCREENER, tradeDate).map(this::summaryOf);
    }

    /**
     * Records a screen unless one for the same day is already there, in which case that one is
     * returned and nothing is written. A concurrent writer surfaces as a constraint violation.
     *
     * @param inputs     the settings and dates the run used
     * @param candidates how many rows the scan returned
     * @param stages     how many passed each stage and why the others did not; null when the run has no stages
     */
    @Transactional
    public Recorded record(LocalDate tradeDate, Map<String, Object> inputs, int candidates, Map<String, Object> stages,
            List<EntryDraft> drafts, Instant startedAt) {
        Optional<ScreenRun> existing = runs.firstFor(SCREENER, tradeDate);
        if (existing.isPresent()) {
            return new Recorded(summaryOf(existing.get()), false);
        }
        Instant now = Instant.now();
        for (EntryDraft draft : drafts) {
            entries.persist(entryOf(tradeDate, draft, now));
        }
        ScreenRun run = new ScreenRun();
        run.screener = SCREENER;
        run.tradeDate = tradeDate;
        run.inputs = json.write(inputs);
        run.stages = stages == null ? null : json.write(stages);
        run.candidates = candidates;
        run.passed = drafts.size();
        run.startedAt = startedAt;
        run.finishedAt = now;
        runs.persist(run);
        entries.flush();
        // Answer with what the database kept (it may store coarser times than Instant.now()), so the
        // first answer and every later read of the same screen are identical.
        entries.getEntityManager().clear();
        return new Recorded(summaryOf(runs.findById(run.id)), true);
    }

    private WatchlistEntry entryOf(LocalDate tradeDate, EntryDraft draft, Instant now) {
        WatchlistEntry entry = new WatchlistEntry();
        entry.source = WatchlistSource.FUNDAMENTAL;
        entry.symbol = draft.symbol();
        entry.tradeDate = tradeDate;
        entry.score = draft.score();
        entry.reasons = json.write(draft.reasons());
        entry.status = WatchlistStatus.NEW;
        entry.createdAt = now;
        entry.updatedAt = now;
        return entry;
    }

    private ScreenSummary summaryOf(ScreenRun run) {
        var views = entries.forDay(WatchlistSource.FUNDAMENTAL, run.tradeDate).stream().map(WatchlistEntry::toView).toList();
        return new ScreenSummary(run.tradeDate, run.candidates, run.passed, json.read(run.stages), views);
    }

    /** A screen's summary and whether this call wrote it. */
    public record Recorded(ScreenSummary summary, boolean written) {
    }
}
