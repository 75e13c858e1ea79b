package io.tradebot.screener.earnings.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.tradebot.common.watchlist.WatchlistSource;
import io.tradebot.common.watchlist.WatchlistStatus;
import io.tradebot.screener.earnings.calendar.EarningsRow;
import io.tradebot.screener.earnings.classify.Classification;
import io.tradebot.screener.earnings.classify.EarningsClassifier;
import io.tradebot.screener.earnings.classify.PastQuarter;
import io.tradebot.screener.earnings.classify.Verdict;
import io.tradebot.screener.earnings.repository.EarningsEvent;
import io.tradebot.screener.earnings.repository.EarningsEventRepository;
import io.tradebot.screener.earnings.repository.ScreenRun;
import io.tradebot.screener.earnings.repository.ScreenRunRepository;
import io.tradebot.screener.earnings.repository.WatchlistEntry;
import io.tradebot.screener.earnings.repository.WatchlistEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a whole run in one transaction: the events (inserted or updated by symbol and date), their
 * classification, the watchlist entries of those likely to beat, and the screen_run row.
 */
@ApplicationScoped
public class EarningsStore {

    static final String SCREENER = "EARNINGS";

    private final EarningsEventRepository events;
    private final WatchlistEntryRepository watchlist;
    private final ScreenRunRepository runs;
    private final ObjectWriter json;

    public EarningsStore(EarningsEventRepository events, WatchlistEntryRepository watchlist, ScreenRunRepository runs,
            ObjectMapper mapper) {
        this.events = events;
        this.watchlist = watchlist;
        this.runs = runs;
        this.json = mapper.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** Records {@code read} for [from, to] and returns what the range now holds. */
    @Transactional
    public EarningsRunSummary record(LocalDate from, LocalDate to, CalendarRead read, EarningsClassifier classifier,
            Map<String, Object> inputs, Instant startedAt) {
        Instant now = Instant.now();
        List<EarningsEvent> written = new ArrayList<>();
        for (EarningsRow row : read.rows()) {
            written.add(upsert(row, now));
        }
        events.flush();
        Map<String, List<PastQuarter>> history = history(written, to);
        Map<String, Integer> counts = new TreeMap<>();
        int watchlisted = 0;
        for (EarningsEvent event : written) {
            Verdict verdict = classifier.classify(event.asRow(), history.getOrDefault(event.symbol, List.of()));
            event.classification = verdict.classification();
            counts.merge(verdict.classification().name(), 1, Integer::sum);
            watchlisted += writeWatchlist(verdict, now) ? 1 : 0;
        }
        runs.persist(run(from, inputs, read.rows().size(), watchlisted, startedAt, now));
        events.flush();
        var entries = watchlist.between(WatchlistSource.EARNINGS, from, to).stream().map(WatchlistEntry::toView).toList();
        return new EarningsRunSummary(from, to, read.source(), read.read(), read.missing(), written.size(), counts, entries);
    }

    private EarningsEvent upsert(EarningsRow row, Instant now) {
        EarningsEvent event = events.find(row.symbol(), row.reportDate()).orElseGet(EarningsEvent::new);
        if (event.id == null) {
            event.createdAt = now;
            event.classification = Classification.EPS_UNKNOWN;
        }
        event.update(row);
        event.updatedAt = now;
        if (event.id == null) {
            events.persist(event);
        }
        return event;
    }

    /** Every stored report of the run's symbols up to {@code to}, by symbol; the classifier keeps the earlier ones. */
    private Map<String, List<PastQuarter>> history(List<EarningsEvent> written, LocalDate to) {
        var symbols = written.stream().map(e -> e.symbol).distinct().toList();
        return events.history(symbols, to.plusDays(1)).stream().collect(
                Collectors.groupingBy(e -> e.symbol, Collectors.mapping(EarningsEvent::asPastQuarter, Collectors.toList())));
    }

    /** Writes or refreshes the entry of a report likely to beat; drops a NEW entry that no longer qualifies. */
    private boolean writeWatchlist(Verdict verdict, Instant now) {
        EarningsRow row = verdict.row();
        var existing = watchlist.find(WatchlistSource.EARNINGS, row.symbol(), row.reportDate());
        if (!verdict.watchlisted()) {
            existing.filter(entry -> entry.status == WatchlistStatus.NEW).ifPresent(watchlist::delete);
            return false;
        }
        WatchlistEntry entry = existing.orElseGet(WatchlistEntry::new);
        if (entry.id == null) {
            entry.source = WatchlistSource.EARNINGS;
            entry.symbol = row.symbol();
            entry.tradeDate = row.reportDate();
            entry.status = WatchlistStatus.NEW;
            entry.createdAt = now;
        }
        entry.score = verdict.score();
        entry.reasons = toJson(verdict.reasons());
        entry.updatedAt = now;
        if (entry.id == null) {
            watchlist.persist(entry);
        }
        return true;
    }

    private ScreenRun run(LocalDate from, Map<String, Object> inputs, int candidates, int passed, Instant startedAt,
            Instant now) {
        ScreenRun run = new ScreenRun();
        run.screener = SCREENER;
        run.tradeDate = from;
        run.inputs = toJson(new LinkedHashMap<>(inputs));
        run.candidates = candidates;
        run.passed = passed;
        run.startedAt = startedAt;
        run.finishedAt = now;
        return run;
    }

    private String toJson(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write earnings JSON", e);
        }
    }
}
