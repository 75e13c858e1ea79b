package io.tradebot.screener.fundamental.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.tradebot.common.watchlist.WatchlistSource;
import io.tradebot.common.watchlist.WatchlistStatus;
import io.tradebot.screener.fundamental.repository.ScreenRun;
import io.tradebot.screener.fundamental.repository.ScreenRunRepository;
import io.tradebot.screener.fundamental.repository.WatchlistEntry;
import io.tradebot.screener.fundamental.repository.WatchlistEntryRepository;
import io.tradebot.screener.fundamental.screen.ScreenCriteria;
import io.tradebot.screener.fundamental.screen.ScreenSummary;
import io.tradebot.screener.fundamental.screen.SelectedGainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a screen's watchlist entries and its screen_run row in one transaction, and reads them back. */
@ApplicationScoped
public class ScreenStore {

    static final String SCREENER = "FUNDAMENTAL";

    private final WatchlistEntryRepository entries;
    private final ScreenRunRepository runs;
    private final ObjectWriter json;

    public ScreenStore(WatchlistEntryRepository entries, ScreenRunRepository runs, ObjectMapper mapper) {
        this.entries = entries;
        this.runs = runs;
        this.json = mapper.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
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
     */
    @Transactional
    public Recorded record(LocalDate tradeDate, Instant asOf, ScreenCriteria criteria, int scanned,
            List<SelectedGainer> selected, Instant startedAt) {
        Optional<ScreenRun> existing = runs.firstFor(SCREENER, tradeDate);
        if (existing.isPresent()) {
            return new Recorded(summaryOf(existing.get()), false);
        }
        Instant now = Instant.now();
        for (SelectedGainer gainer : selected) {
            entries.persist(entryOf(tradeDate, gainer, criteria, now));
        }
        ScreenRun run = new ScreenRun();
        run.screener = SCREENER;
        run.tradeDate = tradeDate;
        run.inputs = toJson(inputsOf(tradeDate, asOf, criteria));
        run.candidates = scanned;
        run.passed = selected.size();
        run.startedAt = startedAt;
        run.finishedAt = now;
        runs.persist(run);
        entries.flush();
        return new Recorded(summaryOf(run), true);
    }

    private WatchlistEntry entryOf(LocalDate tradeDate, SelectedGainer gainer, ScreenCriteria criteria, Instant now) {
        WatchlistEntry entry = new WatchlistEntry();
        entry.source = WatchlistSource.FUNDAMENTAL;
        entry.symbol = gainer.gainer().symbol();
        entry.tradeDate = tradeDate;
        entry.score = gainer.score();
        entry.reasons = toJson(gainer.reasons(criteria));
        entry.status = WatchlistStatus.NEW;
        entry.createdAt = now;
        entry.updatedAt = now;
        return entry;
    }

    private static Map<String, Object> inputsOf(LocalDate tradeDate, Instant asOf, ScreenCriteria criteria) {
        Map<String, Object> inputs = new LinkedHashMap<>(criteria.asMap());
        inputs.put("tradeDate", tradeDate.toString());
        inputs.put("asOf", asOf.toString());
        return inputs;
    }

    private ScreenSummary summaryOf(ScreenRun run) {
        var views = entries.forDay(WatchlistSource.FUNDAMENTAL, run.tradeDate).stream().map(WatchlistEntry::toView).toList();
        return new ScreenSummary(run.tradeDate, run.candidates, run.passed, views);
    }

    private String toJson(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write screen JSON", e);
        }
    }

    /** A screen's summary and whether this call wrote it. */
    public record Recorded(ScreenSummary summary, boolean written) {
    }
}
