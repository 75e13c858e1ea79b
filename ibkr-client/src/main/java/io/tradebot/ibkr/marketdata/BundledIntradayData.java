package io.tradebot.ibkr.marketdata;

import io.quarkus.logging.Log;
import io.tradebot.strategy.marketdata.IntradayBar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Loads the bundled real SPY minute bars ({@code marketdata/intraday/}) and the fundamentals snapshot
 * ({@code marketdata/fundamentals/}); see the {@code MARKETDATA-README.md} in each folder.
 */
@ApplicationScoped
public class BundledIntradayData {

    /** The real minute bars and the symbol they are of. */
    static final String SPY_MINUTES = "marketdata/intraday/nt-spy-minute-2011-03.csv";
    static final String FUNDAMENTALS = "marketdata/fundamentals/sp500_constituents_financials_2017-03-08.csv";
    /** The date the fundamentals snapshot was taken. */
    public static final LocalDate FUNDAMENTALS_AS_OF = LocalDate.of(2017, 3, 8);

    @Produces
    @Singleton
    IntradayHistory intraday() {
        try (InputStream in = open(SPY_MINUTES)) {
            List<IntradayBar> spy = MinuteBarCsv.readRegularSession(new InputStreamReader(in, StandardCharsets.UTF_8), SPY_MINUTES);
            IntradayHistory history = new IntradayHistory(Map.of("SPY", spy));
            Log.infof("Loaded %d regular-session SPY minute bars of %d days", spy.size(),
                    history.dates("SPY", LocalDate.MIN, LocalDate.MAX).size());
            return history;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + SPY_MINUTES, e);
        }
    }

    @Produces
    @Singleton
    Fundamentals fundamentals() {
        try (InputStream in = open(FUNDAMENTALS)) {
            Fundamentals fundamentals = new Fundamentals(FundamentalsCsv.read(
                    new InputStreamReader(in, StandardCharsets.UTF_8), FUNDAMENTALS, FUNDAMENTALS_AS_OF));
            Log.infof("Loaded fundamentals of %d companies as of %s", fundamentals.size(), FUNDAMENTALS_AS_OF);
            return fundamentals;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FUNDAMENTALS, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The bundled market data file " + name + " is missing");
        }
        return in;
    }
}
