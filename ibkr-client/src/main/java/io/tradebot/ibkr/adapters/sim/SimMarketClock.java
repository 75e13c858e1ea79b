package io.tradebot.ibkr.adapters.sim;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.tradebot.common.market.ClockView;
import io.tradebot.ibkr.broker.BrokerMode;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.config.IbkrClientConfig;
import io.tradebot.ibkr.marketdata.MarketHistory;
import io.tradebot.ibkr.marketdata.TradingHours;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;

/**
 * The market clock of the {@code sim} adapter: a replay clock started when the service starts. It is
 * built before anything else starts (the scheduler included), so a bad mode or date stops the start at once.
 */
@Startup(Interceptor.Priority.PLATFORM_BEFORE - 1)
@Singleton
public class SimMarketClock implements MarketClock {

    private final ReplayClock replay;

    public SimMarketClock(IbkrClientConfig config, MarketHistory history) {
        BrokerMode.parse(config.mode());
        this.replay = new ReplayClock(history.tradingDays(), config.sim().from(), config.sim().speed(), Clock.systemUTC());
        Log.infof("Replay clock starts at %s 09:00 New York time, speed %.1fx", replay.firstDay(), replay.speed());
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
