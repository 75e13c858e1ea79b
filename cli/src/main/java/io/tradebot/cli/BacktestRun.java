package io.tradebot.cli;

import io.tradebot.strategy.backtest.SymbolBars;
import io.tradebot.strategy.backtest.report.BacktestReport;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A finished backtest with what it was run on, as the report writers need it: the strategy's parameters (defaults
 * with the overrides), the files, the watchlist candidates file (or null) and how many it had, the date range asked for, and the bars themselves for the price charts.
 */
record BacktestRun(BacktestReport report, Map<String, String> parameters, List<Path> files, Path candidates,
        int candidateCount, String from, String to, boolean intraday, List<SymbolBars> data) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(BarSource.NEW_YORK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(BarSource.NEW_YORK);

    /** A time as the report shows it: New York date for daily data, New York date and time for intraday data. */
    String label(Instant time) {
        return time == null ? null : (intraday ? MINUTE : DAY).format(time);
    }

    long barCount() {
        return data.stream().mapToLong(s -> s.bars().size()).sum();
    }
}
