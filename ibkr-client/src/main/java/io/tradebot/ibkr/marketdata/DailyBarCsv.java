package io.tradebot.ibkr.marketdata;

import io.quarkus.logging.Log;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code date,open,high,low,close,volume,Name} files. A row that does not parse or is not a
 * plausible bar is skipped with a warning: corrupt data is worse than no data.
 */
public final class DailyBarCsv {

    private static final String HEADER = "date,open,high,low,close,volume,Name";

    private DailyBarCsv() {
    }

    /** The valid bars of one file, in file order; {@code source} names the file in warnings. */
    public static List<DailyBar> read(Reader input, String source) throws IOException {
        List<DailyBar> bars = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(input)) {
            String header = reader.readLine();
            if (header == null || !HEADER.equalsIgnoreCase(header.strip())) {
                Log.warnf("Skipping %s: expected header '%s' but found '%s'", source, HEADER, header);
                return bars;
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    parse(line, source, lineNumber, bars);
                }
            }
        }
        return bars;
    }

    private static void parse(String line, String source, int lineNumber, List<DailyBar> into) {
        String[] cells = line.split(",", -1);
        try {
            if (cells.length != 7) {
                throw new IllegalArgumentException("expected 7 columns, found " + cells.length);
            }
            into.add(new DailyBar(cells[6].strip(), LocalDate.parse(cells[0].strip()), decimal(cells[1]),
                    decimal(cells[2]), decimal(cells[3]), decimal(cells[4]), Long.parseLong(cells[5].strip())));
        } catch (RuntimeException e) {
            Log.warnf("Skipping %s line %d (%s): %s", source, lineNumber, line, e.getMessage());
        }
    }

    private static BigDecimal decimal(String cell) {
        return new BigDecimal(cell.strip());
    }
}
