package io.tradebot.ibkr.adapters.sim;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.tradebot.common.market.ClockView;
import io.tradebot.ibkr.broker.BrokerMode;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.marketdata.MarketHistory;
import io.tradebot.ibkr.marketdata.TradingHours;
import io.tradebot.ibkr.repository.Jdbc;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;

/**
 * The market clock of the {@code sim} adapter: a replay clock started when the service starts. It is
 * built before anything else starts (the scheduler included), so a bad mode or date stops the start at once.
 * It never runs backwards against the stored book: when orders or executions already exist at a later
 * simulated instant than {@code from}'s 09:00 (a restart, or {@code ./tradebot up} on a kept database), it
 * resumes there.
 */
@Startup(Interceptor.Priority.PLATFORM_BEFORE - 1)
@Singleton
public class SimMarketClock implements MarketClock {

    private final ReplayClock replay;

    public SimMarketClock(IbkrClientConfig config, MarketHistory history, AgroalDataSource database) {
        BrokerMode.parse(config.mode());
        Instant bookLeftOff = latestInstantOfTheBook(database);
        this.replay = new ReplayClock(history.tradingDays(), config.sim().from(), bookLeftOff, config.sim().speed(),
                Clock.systemUTC());
        if (replay.resumed()) {
            Log.infof("Replay clock resumes at %s, where the stored orders and executions left off (from=%s), speed %.1fx",
                    replay.read().now(), config.sim().from(), replay.speed());
        } else {
            Log.infof("Replay clock starts at %s 09:00 New York time, speed %.1fx", replay.firstDay(), replay.speed());
        }
    }

    /**
     * The latest simulated instant any order or execution was recorded at; null on a new database (the
     * tables do not exist before the schema migration, which runs after this) or when it cannot be read.
     */
    private static Instant latestInstantOfTheBook(AgroalDataSource database) {
        String latest = "SELECT MAX(t) FROM (SELECT MAX(updated_at) AS t FROM orders"
                + " UNION ALL SELECT MAX(executed_at) FROM execution) AS book";
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(latest)) {
            return row.next() ? Jdbc.instant(row, 1) : null;
        } catch (SQLException e) {
            Log.debugf("No stored book to resume the replay from: %s", e.getMessage());
            return null;
        }
    }

    @Override
    public Instant now() {
        return replay.read().now();
    }

    @Override
    public ClockView view() {
        ReplayClock.Reading reading = replay.read();
        return new ClockView(reading.now(), TradingHours.dateOf(reading.now()), reading.session(),
                BrokerMode.SIM.label(), replay.speed());
    }
}
