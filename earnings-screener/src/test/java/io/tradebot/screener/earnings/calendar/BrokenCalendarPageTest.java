package io.tradebot.screener.earnings.calendar;

import static io.tradebot.screener.earnings.calendar.RecordedPages.PAST;
import static io.tradebot.screener.earnings.calendar.RecordedPages.UPCOMING;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradebot.screener.earnings.calendar.CalendarPageException.Reason;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken variants of the recorded responses: each is refused whole, with the reason and the place named. */
class BrokenCalendarPageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CalendarPageParser parser = new CalendarPageParser(MAPPER);

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "\n" })
    void refusesAnEmptyBody(String body) {
        assertRefused(PAST, body, Reason.EMPTY_BODY, "empty");
    }

    @Test
    void refusesAnHtmlPageInsteadOfJson() {
        String html = "<!DOCTYPE html><html><head><title>Access Denied</title></head><body>You don't have permission"
                + "</body></html>";
        assertRefused(PAST, html, Reason.HTML_BODY, "HTML");
        assertRefused(PAST, "\n  <html><body>Earnings Calendar</body></html>", Reason.HTML_BODY, "HTML");
    }

    @Test
    void refusesATruncatedBody() {
        String body = RecordedPages.body(PAST);
        assertRefused(PAST, body.substring(0, body.length() / 2), Reason.MALFORMED_JSON, "not valid JSON");
    }

    @Test
    void refusesPagesWithoutTheirTopLevelKeys() {
        assertRefused(PAST, variant(PAST, root -> root.remove("data")), Reason.MISSING_KEY, "data is missing");
        assertRefused(PAST, variant(PAST, root -> root.remove("status")), Reason.MISSING_KEY, "status is missing");
        assertRefused(PAST, variant(PAST, root -> data(root).remove("rows")), Reason.MISSING_KEY, "data.rows is missing");
        assertRefused(PAST, variant(PAST, root -> data(root).remove("asOf")), Reason.MISSING_KEY, "data.asOf is missing");
        assertRefused(PAST, variant(PAST, root -> data(root).remove("headers")), Reason.MISSING_KEY, "data.headers");
    }

    @Test
    void refusesARowWithoutAKeyItsPagePromises() {
        assertRefused(PAST, variant(PAST, root -> row(root, 3).remove("epsForecast")), Reason.MISSING_KEY,
                "data.rows[3].epsForecast is missing");
        assertRefused(PAST, variant(PAST, root -> row(root, 84).remove("surprise")), Reason.MISSING_KEY,
                "data.rows[84].surprise is missing");
        assertRefused(UPCOMING, variant(UPCOMING, root -> row(root, 0).remove("lastYearEPS")), Reason.MISSING_KEY,
                "data.rows[0].lastYearEPS is missing");
        assertRefused(UPCOMING, variant(UPCOMING, root -> row(root, 5).remove("symbol")), Reason.MISSING_KEY,
                "data.rows[5].symbol is missing");
    }

    @Test
    void refusesAKeyRenamedByAChangedPage() {
        assertRefused(PAST, variant(PAST, root -> {
            ObjectNode row = row(root, 0);
            row.set("consensusEps", row.remove("epsForecast"));
        }), Reason.MISSING_KEY, "data.rows[0].epsForecast");
    }

    @Test
    void refusesValuesOfTheWrongType() {
        assertRefused(PAST, variant(PAST, root -> row(root, 1).put("noOfEsts", 3)), Reason.WRONG_TYPE,
                "data.rows[1].noOfEsts is NUMBER");
        assertRefused(PAST, variant(PAST, root -> row(root, 2).putObject("eps")), Reason.WRONG_TYPE, "data.rows[2].eps");
        assertRefused(PAST, variant(PAST, root -> data(root).putObject("rows")), Reason.WRONG_TYPE, "data.rows is not a list");
        assertRefused(PAST, variant(PAST, root -> ((ArrayNode) data(root).get("rows")).set(7, MAPPER.getNodeFactory().textNode("ENB"))),
                Reason.WRONG_TYPE, "data.rows[7] is not an object");
        assertRefused(PAST, "[1,2,3]", Reason.WRONG_TYPE, "not a JSON object");
        assertRefused(PAST, variant(PAST, root -> root.put("data", "none")), Reason.WRONG_TYPE, "data is not an object");
    }

    @Test
    void refusesValuesInAnUnknownFormat() {
        assertRefused(PAST, variant(PAST, root -> row(root, 0).put("eps", "0.46")), Reason.BAD_VALUE, "data.rows[0].eps");
        assertRefused(PAST, variant(PAST, root -> row(root, 0).put("marketCap", "71.0B")), Reason.BAD_VALUE,
                "data.rows[0].marketCap");
        assertRefused(PAST, variant(PAST, root -> row(root, 0).put("time", "time-during-market")), Reason.BAD_VALUE,
                "data.rows[0].time");
        assertRefused(PAST, variant(PAST, root -> row(root, 0).put("symbol", "")), Reason.BAD_VALUE, "data.rows[0].symbol");
        assertRefused(PAST, variant(PAST, root -> row(root, 0).put("surprise", "6.98%")), Reason.BAD_VALUE,
                "data.rows[0].surprise");
        assertRefused(UPCOMING, variant(UPCOMING, root -> row(root, 1).put("lastYearRptDt", "2023-05-08")),
                Reason.BAD_VALUE, "data.rows[1].lastYearRptDt");
    }

    @Test
    void refusesAPageForAnotherDate() {
        assertRefused(LocalDate.parse("2023-11-06"), RecordedPages.body(PAST), Reason.WRONG_DATE, "2023-11-03");
    }

    @Test
    void refusesAnErrorStatus() {
        assertRefused(PAST, variant(PAST, root -> ((ObjectNode) root.get("status")).put("rCode", 400)),
                Reason.STATUS_ERROR, "rCode is 400");
    }

    private void assertRefused(LocalDate date, String body, Reason reason, String detail) {
        assertThatThrownBy(() -> parser.parse(date, body)).isInstanceOfSatisfying(CalendarPageException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(detail).hasMessageContaining(date.toString());
    }

    /** The recorded page for {@code date} with one change. */
    static String variant(LocalDate date, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(RecordedPages.body(date));
            change.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode data(JsonNode root) {
        return (ObjectNode) root.get("data");
    }

    private static ObjectNode row(JsonNode root, int index) {
        return (ObjectNode) root.get("data").get("rows").get(index);
    }
}
