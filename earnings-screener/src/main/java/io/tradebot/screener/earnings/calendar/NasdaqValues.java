package io.tradebot.screener.earnings.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NASDAQ's value formats. Empty text and "N/A" mean unknown (null); anything else that does not fit is
 * refused with an {@link IllegalArgumentException}, never guessed.
 */
public final class NasdaqValues {

    /** "$1.08", "$12", "($0.12)" (negative), "-$0.12"; thousands separators allowed. */
    private static final Pattern MONEY = Pattern.compile("(\\()?(-)?\\$(\\d{1,3}(?:,\\d{3})*|\\d+)(\\.\\d+)?(\\))?");
    private static final Pattern PERCENT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("EEE, MMM d, uuuu", Locale.US);

    private NasdaqValues() {
    }

    /** A dollar amount: "$1.08" → 1.08, "($0.12)" → −0.12, "$71,008,400,000" → 71008400000. */
    public static BigDecimal money(String text) {
        String value = known(text);
        if (value == null) {
            return null;
        }
        Matcher m = MONEY.matcher(value);
        boolean parenthesised = m.matches() && (m.group(1) != null) == (m.group(5) != null);
        if (!parenthesised || m.group(1) != null && m.group(2) != null) {
            throw new IllegalArgumentException("'" + text + "' is not a dollar amount like $1.08 or ($0.12)");
        }
        BigDecimal amount = new BigDecimal(m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4)));
        return m.group(1) != null || m.group(2) != null ? amount.negate() : amount;
    }

    /** A market capitalisation in whole dollars: "$71,008,400,000"; never negative. */
    public static BigDecimal marketCap(String text) {
        BigDecimal cap = money(text);
        if (cap != null && cap.signum() < 0) {
            throw new IllegalArgumentException("market cap '" + text + "' is negative");
        }
        return cap;
    }

    /** A percentage without the sign: "6.98", "-1.28", "-5". */
    public static BigDecimal percent(String text) {
        String value = known(text);
        if (value == null) {
            return null;
        }
        if (!PERCENT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a percentage like 6.98 or -1.28");
        }
        return new BigDecimal(value);
    }

    /** A count of estimates: "6". */
    public static Integer count(String text) {
        String value = known(text);
        if (value == null) {
            return null;
        }
        if (!COUNT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of estimates");
        }
        return Integer.valueOf(value);
    }

    /** A US date: "5/08/2023". */
    public static LocalDate usDate(String text) {
        String value = known(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, US_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date like 5/08/2023", e);
        }
    }

    /** The page's {@code asOf}: "Mon, Jul 1, 2024". */
    public static LocalDate asOf(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim(), AS_OF);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date like Mon, Jul 1, 2024", e);
        }
    }

    /** Text trimmed, or null for empty and "N/A". */
    public static String known(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        return value.isEmpty() || value.equalsIgnoreCase("N/A") ? null : value;
    }
}
