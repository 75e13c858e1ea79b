package io.tradebot.ibkr.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Reads a bundled CSV file directly, independently of the service's loader, to compute expected values. */
record CsvBars(String symbol, LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {

    static List<CsvBars> of(String symbol) {
        try (InputStream in = CsvBars.class.getClassLoader().getResourceAsStream("marketdata/daily/" + symbol + "_data.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split(","))
                    .map(c -> new CsvBars(c[6], LocalDate.parse(c[0]), new BigDecimal(c[1]), new BigDecimal(c[2]),
                            new BigDecimal(c[3]), new BigDecimal(c[4]), Long.parseLong(c[5])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> symbols() {
        try (InputStream in = CsvBars.class.getClassLoader().getResourceAsStream("marketdata/daily/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(name -> name.replace("_data.csv", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
