package io.tradebot.strategy.marketdata.csv;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into cells (RFC 4180 quoting within the line; a quote inside quotes is doubled). */
final class CsvLine {

    private CsvLine() {
    }

    /** @return the cells, or {@code null} when a quoted cell is not closed on this line */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
