package io.tradebot.screener.earnings.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The directory the service under test reads calendar pages from; tests add pages to it. */
public final class CalendarDir {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("EEE, MMM d, uuuu", Locale.US);

    private final Path dir;

    CalendarDir(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code body} as the page for {@code date}. */
    public void write(LocalDate date, String body) {
        try {
            Files.writeString(dir.resolve("nasdaq_earnings_" + date + ".json"), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A past-date page in NASDAQ's shape (the headers and keys of the recorded 2023-11-03 page), one row per
     * symbol: {@code symbol → [epsForecast, eps, surprise]} as NASDAQ writes them.
     */
    public static String pastPage(LocalDate date, Map<String, String[]> rows) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode data = root.putObject("data");
        data.put("asOf", AS_OF.format(date));
        ObjectNode headers = data.putObject("headers");
        for (String key : new String[] { "time", "symbol", "name", "eps", "surprise", "marketCap", "fiscalQuarterEnding",
                "epsForecast", "noOfEsts" }) {
            headers.put(key, key);
        }
        ArrayNode list = data.putArray("rows");
        rows.forEach((symbol, values) -> list.addObject().put("eps", values[1]).put("surprise", values[2])
                .put("time", "time-after-hours").put("symbol", symbol).put("name", symbol + " Inc.")
                .put("marketCap", "$1,000,000,000").put("fiscalQuarterEnding", "Dec/2023").put("epsForecast", values[0])
                .put("noOfEsts", "3"));
        root.putNull("message");
        root.putObject("status").put("rCode", 200).putNull("bCodeMessage").putNull("developerMessage");
        return root.toString();
    }
}
