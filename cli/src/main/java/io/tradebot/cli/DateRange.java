package io.tradebot.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** {@code --from} and {@code --to}: New York calendar days, both inclusive, either open. */
record DateRange(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    static DateRange of(String from, String to) throws BacktestCommand.BadInput {
        DateRange range = new DateRange(day("--from", from), day("--to", to));
        if (range.from != null && range.to != null && range.to.isBefore(range.from)) {
            throw new BacktestCommand.BadInput("--to " + to + " is before --from " + from);
        }
        return range;
    }

    boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static LocalDate day(String option, String text) throws BacktestCommand.BadInput {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw new BacktestCommand.BadInput(option + " '" + text + "' is not a date yyyy-MM-dd");
        }
    }
}
