package io.tradebot.screener.earnings.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.screener.earnings.classify.ClassificationRules;
import io.tradebot.screener.earnings.classify.EarningsClassifier;
import io.tradebot.screener.earnings.config.EarningsScreenerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the earnings screen over a range of calendar dates: reads every page first, and only when all of
 * them are good writes the events, classifications and watchlist entries in one transaction.
 */
@ApplicationScoped
public class EarningsScreenService {

    private final CalendarReader reader;
    private final EarningsStore store;
    private final EarningsScreenerConfig config;
    private final ClassificationRules rules;
    private final MeterRegistry registry;
    /** The schedule and the endpoint may run at once; their upserts of the same rows would collide. */
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public EarningsScreenService(CalendarReader reader, EarningsStore store, EarningsScreenerConfig config,
            MeterRegistry registry) {
        this.reader = reader;
        this.store = store;
        this.config = config;
        this.rules = new ClassificationRules(config.rules().historyQuarters(), config.rules().minQuarters(),
                config.rules().minBeatShare());
        this.registry = registry;
    }

    /** Screens the calendar dates {@code from} to {@code to}, both included. */
    public EarningsRunSummary run(LocalDate from, LocalDate to) {
        checkRange(from, to);
        oneAtATime.lock();
        try {
            Instant startedAt = Instant.now();
            CalendarRead read = reader.read(from, to);
            EarningsRunSummary summary = store.record(from, to, read, new EarningsClassifier(rules), inputs(from, to, read),
                    startedAt);
            registry.counter("tradebot.screen.runs", "screener", "earnings").increment();
            registry.counter("tradebot.earnings.events.written").increment(summary.events());
            Log.infof("Earnings screen %s..%s from %s: %d dates read, %d without a page, %d events %s, %d on the watchlist",
                    from, to, read.source(), read.read().size(), read.missing().size(), summary.events(),
                    summary.classifications(), summary.entries().size());
            return summary;
        } finally {
            oneAtATime.unlock();
        }
    }

    private void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ProblemException.badField("to", "to (" + to + ") must not be before from (" + from + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > config.maxRangeDays()) {
            throw ProblemException.badField("to", "the range from " + from + " to " + to + " covers " + days
                    + " days; at most " + config.maxRangeDays() + " are read in one run");
        }
    }

    private Map<String, Object> inputs(LocalDate from, LocalDate to, CalendarRead read) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("from", from.toString());
        inputs.put("to", to.toString());
        inputs.put("source", read.source());
        inputs.put("datesRead", read.read().stream().map(LocalDate::toString).toList());
        inputs.put("datesMissing", read.missing().stream().map(LocalDate::toString).toList());
        inputs.put("rules", rules.asMap());
        return inputs;
    }
}
