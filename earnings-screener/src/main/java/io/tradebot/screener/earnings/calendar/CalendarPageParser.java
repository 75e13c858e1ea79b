package io.tradebot.screener.earnings.calendar;

import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.BAD_VALUE;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.EMPTY_BODY;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.HTML_BODY;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.MALFORMED_JSON;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.MISSING_KEY;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.STATUS_ERROR;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.WRONG_DATE;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.WRONG_TYPE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the JSON behind nasdaq.com's earnings page ({@code api.nasdaq.com/api/calendar/earnings?date=...}):
 * {@code {"data":{"asOf":..,"headers":{..},"rows":[..]},"message":..,"status":{"rCode":200,..}}}.
 * All or nothing: a page with anything unexpected is refused whole with a {@link CalendarPageException}.
 */
public final class CalendarPageParser {

    /** Keys every row has, upcoming or past. */
    static final List<String> ROW_KEYS = List.of("symbol", "name", "time", "marketCap", "fiscalQuarterEnding",
            "epsForecast", "noOfEsts");

    private final ObjectMapper mapper;

    public CalendarPageParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The companies on the page for {@code date}; an empty list when NASDAQ lists none that day ({@code rows: null}). */
    public List<EarningsRow> parse(LocalDate date, String body) {
        JsonNode data = data(date, readTree(date, body));
        JsonNode rows = data.get("rows");
        if (rows.isNull()) {
            return List.of();
        }
        if (!rows.isArray()) {
            throw new CalendarPageException(date, WRONG_TYPE, "data.rows is not a list");
        }
        List<String> pageKeys = pageKeys(date, data.get("headers"));
        List<EarningsRow> parsed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            parsed.add(row(date, i, rows.get(i), pageKeys));
        }
        return parsed;
    }

    private JsonNode readTree(LocalDate date, String body) {
        if (body == null || body.isBlank()) {
            throw new CalendarPageException(date, EMPTY_BODY, "the response body is empty");
        }
        String start = body.stripLeading();
        if (start.startsWith("<")) {
            throw new CalendarPageException(date, HTML_BODY, "the response is HTML, not JSON (the page changed or access was refused)");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (broken at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new CalendarPageException(date, MALFORMED_JSON, "the response is not valid JSON" + where);
        }
    }

    private static JsonNode data(LocalDate date, JsonNode root) {
        if (!root.isObject()) {
            throw new CalendarPageException(date, WRONG_TYPE, "the response is not a JSON object");
        }
        JsonNode status = required(date, root, "status", "");
        JsonNode code = required(date, status, "rCode", "status.");
        if (!code.isInt() || code.intValue() != 200) {
            throw new CalendarPageException(date, STATUS_ERROR, "status.rCode is " + code + ", message " + root.get("message"));
        }
        JsonNode data = required(date, root, "data", "");
        if (!data.isObject()) {
            throw new CalendarPageException(date, WRONG_TYPE, "data is not an object");
        }
        required(date, data, "rows", "data.");
        LocalDate asOf;
        try {
            asOf = NasdaqValues.asOf(text(date, required(date, data, "asOf", "data."), "data.asOf"));
        } catch (IllegalArgumentException e) {
            throw new CalendarPageException(date, BAD_VALUE, "data.asOf: " + e.getMessage());
        }
        if (!asOf.equals(date)) {
            throw new CalendarPageException(date, WRONG_DATE, "the page is for " + asOf + ", not " + date);
        }
        return data;
    }

    /** The row keys the headers promise: the common ones plus the past (eps, surprise) or upcoming (lastYear*) ones. */
    private static List<String> pageKeys(LocalDate date, JsonNode headers) {
        if (headers == null || !headers.isObject()) {
            throw new CalendarPageException(date, MISSING_KEY, "data.headers is missing");
        }
        List<String> keys = new ArrayList<>(ROW_KEYS);
        for (String optional : List.of("eps", "surprise", "lastYearRptDt", "lastYearEPS")) {
            if (headers.has(optional)) {
                keys.add(optional);
            }
        }
        return keys;
    }

    private static EarningsRow row(LocalDate date, int index, JsonNode row, List<String> keys) {
        String where = "data.rows[" + index + "]";
        if (row == null || !row.isObject()) {
            throw new CalendarPageException(date, WRONG_TYPE, where + " is not an object");
        }
        for (String key : keys) {
            JsonNode value = required(date, row, key, where + ".");
            if (!value.isTextual() && !value.isNull()) {
                throw new CalendarPageException(date, WRONG_TYPE, where + "." + key + " is " + value.getNodeType()
                        + ", expected text");
            }
        }
        return new EarningsRow(field(date, where, row, "symbol", CalendarPageParser::symbol), date,
                field(date, where, row, "time", TimeOfDay::fromNasdaq),
                field(date, where, row, "name", NasdaqValues::known),
                field(date, where, row, "marketCap", NasdaqValues::marketCap),
                field(date, where, row, "fiscalQuarterEnding", NasdaqValues::known),
                field(date, where, row, "epsForecast", NasdaqValues::money),
                field(date, where, row, "noOfEsts", NasdaqValues::count),
                field(date, where, row, "lastYearRptDt", NasdaqValues::usDate),
                field(date, where, row, "lastYearEPS", NasdaqValues::money),
                field(date, where, row, "eps", NasdaqValues::money),
                field(date, where, row, "surprise", NasdaqValues::percent));
    }

    /** One field's value read by {@code parse}; a value it refuses makes the whole page bad. */
    private static <T> T field(LocalDate date, String where, JsonNode row, String key, Function<String, T> parse) {
        JsonNode value = row.get(key);
        try {
            return parse.apply(value == null || value.isNull() ? null : value.asText());
        } catch (IllegalArgumentException e) {
            throw new CalendarPageException(date, BAD_VALUE, where + "." + key + ": " + e.getMessage());
        }
    }

    private static String symbol(String text) {
        String symbol = text == null ? "" : text.trim();
        if (!symbol.matches("[A-Z0-9][A-Z0-9.\\-^/]{0,15}")) {
            throw new IllegalArgumentException("'" + text + "' is not a ticker symbol");
        }
        return symbol;
    }

    private static JsonNode required(LocalDate date, JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new CalendarPageException(date, MISSING_KEY, path + key + " is missing");
        }
        return value;
    }

    private static String text(LocalDate date, JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new CalendarPageException(date, WRONG_TYPE, path + " is " + node.getNodeType() + ", expected text");
        }
        return node.asText();
    }
}
