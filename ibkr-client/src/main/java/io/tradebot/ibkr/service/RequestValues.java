package io.tradebot.ibkr.service;

import io.tradebot.common.problem.ProblemException;
import io.tradebot.ibkr.marketdata.TradingHours;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
