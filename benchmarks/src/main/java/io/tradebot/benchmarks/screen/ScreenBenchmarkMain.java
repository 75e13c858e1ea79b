package io.tradebot.benchmarks.screen;

import io.tradebot.screener.fundamental.screen.DailyClose;
import io.tradebot.screener.fundamental.screen.ReturnZScore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard-deviation screen (fundamental-screener's {@link ReturnZScore}: N = 60, k = 2) over 5,000 symbols
 * in memory, then, given a JDBC URL of an empty database, over the S&P 500's 503 symbols stored in {@code market_bar}.
 * Prints timings; never fails on a figure. Usage: {@code ScreenBenchmarkMain [JDBC_URL]}.
 */
public final class ScreenBenchmarkMain {

    static final LocalDate DAY = LocalDate.parse("2018-01-05");
    static final int WINDOW = 60;
    static final double THRESHOLD = 2;
    /** Sessions per symbol: what the pipeline's request (2N + 14 calendar days) brings back, about 92. */
    static final int SESSIONS = 92;

    private ScreenBenchmarkMain() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        System.out.printf("Standard-deviation screen: z of %s's return against the %d before it, k = %s; %d sessions a symbol%n",
                DAY, WINDOW, THRESHOLD, SESSIONS);
        List<List<DailyClose>> universe = new ArrayList<>();
        for (int s = 0; s < 5_000; s++) {
            universe.add(SyntheticCloses.of(s, DAY, SESSIONS));
        }
        Timings.measure("5,000 symbols in memory", 200, 100, 20, () -> screen(universe));
        if (args.length > 0) {
            List<String> symbols = sp500Symbols();
            String user = System.getenv().getOrDefault("TRADEBOT_DB_USER", "root");
            String password = System.getenv().getOrDefault("TRADEBOT_DB_PASSWORD", "");
            try (DatabaseScreen db = DatabaseScreen.open(args[0], user, password)) {
                db.load(symbols);
                Timings.measure(symbols.size() + " S&P 500 symbols from market_bar, one query", 5, 30, 300,
                        () -> screenAll(db.readAll(symbols)));
                Timings.measure(symbols.size() + " S&P 500 symbols from market_bar, a query each", 2, 10, 300,
                        () -> screenAll(db.readEach(symbols)));
            }
        }
    }

    /** How many of {@code universe} pass k. */
    static int screen(List<List<DailyClose>> universe) {
        int passed = 0;
        for (List<DailyClose> closes : universe) {
            Optional<ReturnZScore> z = ReturnZScore.of(closes, DAY, WINDOW);
            if (z.isPresent() && z.get().z() >= THRESHOLD) {
                passed++;
            }
        }
        return passed;
    }

    private static int screenAll(Map<String, List<DailyClose>> closes) {
        return screen(new ArrayList<>(closes.values()));
    }

    /** The symbols of fundamental-screener's bundled S&P 500 list. */
    static List<String> sp500Symbols() throws IOException {
        try (InputStream in = ScreenBenchmarkMain.class.getResourceAsStream("/reference/sp500_constituents.csv")) {
            if (in == null) {
                throw new IOException("reference/sp500_constituents.csv is not on the class path");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            List<String> symbols = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    symbols.add(lines[i].substring(0, lines[i].indexOf(',')));
                }
            }
            return symbols;
        }
    }
}
