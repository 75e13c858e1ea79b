package io.tradebot.ibkr.marketdata;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the daily bars bundled in {@code marketdata/daily/} (listed in its {@code index.txt}) into memory. */
@ApplicationScoped
public class BundledMarketData {

    static final String FOLDER = "marketdata/daily/";

    @Produces
    @Singleton
    MarketHistory history() {
        List<DailyBar> bars = new ArrayList<>();
        for (String file : indexedFiles()) {
            try (InputStream in = resource(file)) {
                if (in == null) {
                    Log.warnf("Market data file %s is listed in the index but missing", file);
                    continue;
                }
                bars.addAll(DailyBarCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), file));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read market data file " + file, e);
            }
        }
        MarketHistory history = new MarketHistory(bars);
        Log.infof("Loaded %d daily bars of %d symbols over %d trading days", history.barCount(),
                history.symbols().size(), history.tradingDays().size());
        return history;
    }

    private static List<String> indexedFiles() {
        try (InputStream in = resource("index.txt")) {
            if (in == null) {
                throw new IllegalStateException("The bundled market data index " + FOLDER + "index.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the market data index", e);
        }
    }

    private static InputStream resource(String name) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + name);
    }
}
