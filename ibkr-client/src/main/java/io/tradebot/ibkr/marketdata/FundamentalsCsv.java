package io.tradebot.ibkr.marketdata;

import io.quarkus.logging.Log;
import io.tradebot.common.market.FundamentalsView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the S&P 500 constituents' financials ({@code Symbol,Name,Sector,Price,Dividend Yield,
 * Price/Earnings,Earnings/Share,Book Value,52 week low,52 week high,Market Cap,EBITDA,Price/Sales,
 * Price/Book,SEC Filings}). Market cap and EBITDA come in USD billions and become USD; an empty cell, and
 * an EBITDA of 0.00 (which the source used for "missing"), become null. Bad rows are skipped with a warning.
 */
public final class FundamentalsCsv {

    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final int COLUMNS = 15;

    private FundamentalsCsv() {
    }

    /** The rows of one file as of {@code asOf}; {@code source} names the file in warnings. */
    public static List<FundamentalsView> read(Reader input, String source, LocalDate asOf) throws IOException {
        List<FundamentalsView> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(input)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("Symbol,Name,Sector,Price")) {
                Log.warnf("Skipping %s: unexpected header '%s'", source, header);
                return rows;
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                try {
                    if (!line.isBlank()) {
                        rows.add(row(cells(line), asOf));
                    }
                } catch (RuntimeException e) {
                    Log.warnf("Skipping %s line %d (%s): %s", source, lineNumber, line, e.getMessage());
                }
            }
        }
        return rows;
    }

    private static FundamentalsView row(List<String> c, LocalDate asOf) {
        if (c.size() != COLUMNS || c.getFirst().isBlank()) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns and a symbol, found " + c.size());
        }
        BigDecimal ebitda = billions(c.get(11));
        return new FundamentalsView(c.get(0).strip(), c.get(1), c.get(2), asOf, number(c.get(3)), number(c.get(6)),
                number(c.get(5)), billions(c.get(10)), ebitda == null || ebitda.signum() == 0 ? null : ebitda,
                number(c.get(12)), number(c.get(13)), number(c.get(4)), number(c.get(7)), number(c.get(8)),
                number(c.get(9)));
    }

    private static BigDecimal number(String cell) {
        return cell.isBlank() ? null : new BigDecimal(cell.strip());
    }

    /**
     * Billions to whole dollars. Some cells are binary-float artefacts of the source ("0.8687999999999999"),
     * so the product is rounded half-up to the dollar rather than required to be whole.
     */
    private static BigDecimal billions(String cell) {
        BigDecimal value = number(cell);
        return value == null ? null : value.multiply(BILLION).setScale(0, java.math.RoundingMode.HALF_UP);
    }

    /** Splits one CSV line; double quotes enclose cells with commas ({@code ""} is a quote inside them). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
