package io.tradebot.ibkr.service;

import io.tradebot.common.problem.Problem;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.marketdata.TradingHours;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses query parameters; a bad value becomes a 400 problem naming the parameter. */
final class RequestValues {

    private RequestValues() {
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, field + " must be a date yyyy-MM-dd, was '" + value + "'");
        }
    }

    /**
     * A range bound: a date {@code yyyy-MM-dd} (New York) or an ISO instant. A date as {@code from} means
     * the start of that day; as {@code to} the end of it (the start of the next day, exclusive).
     */
    static Instant bound(String field, String value, boolean end) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (end ? date.plusDays(1) : date).atStartOfDay(TradingHours.ZONE).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, field + " must be a date yyyy-MM-dd or an ISO instant, was '" + value + "'");
        }
    }

    /** The New York date of a range bound: a date as is, an instant's date. */
    static LocalDate boundDate(String field, String value) {
        String text = value.strip();
        return text.length() == 10 ? date(field, text) : TradingHours.dateOf(bound(field, text, false));
    }

    /** An upper-cased ticker of 1-10 letters, digits or dots, else a 400 naming {@code symbol}. */
    static String symbol(String value) {
        String symbol = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!symbol.matches("[A-Z0-9.]{1,10}")) {
            throw ProblemException.badField("symbol", "symbol must be 1-10 letters, digits or dots, was '" + value + "'");
        }
        return symbol;
    }

    /** 404 for a symbol without data, naming the field. */
    static ProblemException unknownSymbol(String symbol, String what) {
        return new ProblemException(Problem.of(404,
                "Symbol '" + symbol + "' not found: no " + what + " of it", "symbol"));
    }

    static BigDecimal nonNegative(String field, String value) {
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.signum() < 0) {
                throw ProblemException.badField(field, field + " must not be negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(field, field + " must be a number, was '" + value + "'");
        }
    }

    /** An ISO instant, or a date {@code yyyy-MM-dd} meaning that day's 16:00 New York close. */
    static Instant asOf(String value) {
        String text = value.strip();
        try {
            return text.length() == 10 ? TradingHours.close(LocalDate.parse(text)) : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("asOf", "asOf must be an ISO instant or a date yyyy-MM-dd, was '" + value + "'");
        }
    }
}
