package io.tradebot.screener.earnings.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.tradebot.screener.earnings.calendar.CalendarPageException;
import io.tradebot.screener.earnings.calendar.CalendarPageParser;
import io.tradebot.screener.earnings.calendar.EarningsRow;
import io.tradebot.screener.earnings.client.CalendarSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and parses the calendar pages of a date range. A page that fails is logged as an error and counted
 * in {@code tradebot_earnings_page_errors_total{reason}}, and fails the whole read.
 */
@ApplicationScoped
public class CalendarReader {

    static final String PAGE_ERRORS = "tradebot.earnings.page.errors";

    private final CalendarSource source;
    private final CalendarPageParser parser;
    private final MeterRegistry registry;

    public CalendarReader(CalendarSource source, ObjectMapper mapper, MeterRegistry registry) {
        this.source = source;
        this.parser = new CalendarPageParser(mapper);
        this.registry = registry;
    }

    /** Every page from {@code from} to {@code to}, both included. */
    public CalendarRead read(LocalDate from, LocalDate to) {
        List<LocalDate> read = new ArrayList<>();
        List<LocalDate> missing = new ArrayList<>();
        List<EarningsRow> rows = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            Optional<List<EarningsRow>> page = page(date);
            if (page.isPresent()) {
                read.add(date);
                rows.addAll(distinctSymbols(date, page.get()));
            } else {
                missing.add(date);
            }
        }
        return new CalendarRead(source.describe(), read, missing, rows);
    }

    private Optional<List<EarningsRow>> page(LocalDate date) {
        try {
            return source.page(date).map(body -> parser.parse(date, body));
        } catch (CalendarPageException e) {
            registry.counter(PAGE_ERRORS, "reason", e.reason().tag()).increment();
            Log.errorf("Earnings calendar page refused (%s), nothing of this run is written: %s", e.reason().tag(),
                    e.getMessage());
            throw e;
        }
    }

    /** NASDAQ has listed a symbol twice on one page; the first row is kept, as the unique key allows one. */
    private static List<EarningsRow> distinctSymbols(LocalDate date, List<EarningsRow> rows) {
        Map<String, EarningsRow> bySymbol = new LinkedHashMap<>();
        for (EarningsRow row : rows) {
            if (bySymbol.putIfAbsent(row.symbol(), row) != null) {
                Log.warnf("Earnings calendar %s lists %s twice; keeping the first row", date, row.symbol());
            }
        }
        return List.copyOf(bySymbol.values());
    }
}
