package io.tradebot.screener.fundamental.company;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the S&P 500 list (RFC 4180 CSV: quoted fields may hold commas and doubled quotes). The header
 * must be exactly the list's columns, so a changed file fails loudly instead of loading shifted columns.
 */
public final class CompanyCsv {

    /** The header the list must have. */
    public static final String HEADER = "Symbol,Security,GICS Sector,GICS Sub-Industry,Headquarters Location,Date added,CIK,Founded";
    /** Where the bundled list is on the class path. */
    public static final String RESOURCE = "/reference/sp500_constituents.csv";

    private CompanyCsv() {
    }

    /** The bundled list. */
    public static List<CompanyRecord> bundled() {
        try (InputStream in = CompanyCsv.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled S&P 500 list is missing: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every company in {@code in}; a malformed line names its line number. */
    public static List<CompanyRecord> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
            throw new IllegalArgumentException("Not the S&P 500 list: header was '" + header + "'");
        }
        List<CompanyRecord> companies = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                companies.add(parse(line, lineNumber));
            }
        }
        return companies;
    }

    private static CompanyRecord parse(String line, int lineNumber) {
        List<String> f = fields(line, lineNumber);
        if (f.size() != 8) {
            throw new IllegalArgumentException("Line " + lineNumber + " has " + f.size() + " fields, expected 8");
        }
        try {
            return new CompanyRecord(f.get(0), f.get(1), f.get(2), f.get(3), blankToNull(f.get(4)),
                    f.get(5).isBlank() ? null : LocalDate.parse(f.get(5)), blankToNull(f.get(6)), blankToNull(f.get(7)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** The fields of one CSV line, quotes removed and doubled quotes undone. */
    static List<String> fields(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Line " + lineNumber + " has an unclosed quote");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
