package io.tradebot.ibkr.marketdata;

import io.quarkus.logging.Log;
import io.tradebot.strategy.marketdata.IntradayBar;
import io.tradebot.strategy.marketdata.RegularSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NinjaTrader minute exports ({@code yyyyMMdd HHmmss;open;high;low;close;volume}, no header,
 * times in UTC stamping the bar's END) and keeps the regular-session bars, each stamped with its START
 * (the end minus one minute). Rows that do not parse or are not plausible bars are skipped with a warning.
 */
public final class MinuteBarCsv {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");

    private MinuteBarCsv() {
    }

    /** The valid regular-session bars of one file, in file order; {@code source} names the file in warnings. */
    public static List<IntradayBar> readRegularSession(Reader input, String source) throws IOException {
        List<IntradayBar> bars = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(input)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    parse(line, source, lineNumber, bars);
                }
            }
        }
        return bars;
    }

    private static void parse(String line, String source, int lineNumber, List<IntradayBar> into) {
        String[] cells = line.split(";", -1);
        try {
            if (cells.length != 6) {
                throw new IllegalArgumentException("expected 6 fields, found " + cells.length);
            }
            Instant end = LocalDateTime.parse(cells[0].strip(), STAMP).toInstant(ZoneOffset.UTC);
            Instant start = end.minusSeconds(60);
            if (RegularSession.minuteOf(start) >= 0) {
                into.add(new IntradayBar(start, decimal(cells[1]), decimal(cells[2]), decimal(cells[3]),
                        decimal(cells[4]), Long.parseLong(cells[5].strip())));
            }
        } catch (RuntimeException e) {
            Log.warnf("Skipping %s line %d (%s): %s", source, lineNumber, line, e.getMessage());
        }
    }

    private static BigDecimal decimal(String cell) {
        return new BigDecimal(cell.strip());
    }
}
