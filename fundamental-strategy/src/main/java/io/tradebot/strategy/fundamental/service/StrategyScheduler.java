package io.tradebot.strategy.fundamental.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.common.market.ClockView;
import io.tradebot.strategy.fundamental.client.IbkrClient;
import io.tradebot.strategy.fundamental.config.FundamentalStrategyConfig;
import io.tradebot.strategy.fundamental.signal.FundamentalParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** Polls the market clock and lets {@link EntryService} act on the watchlist and {@link TimeStopService} on the held entries for that moment. */
@ApplicationScoped
public class StrategyScheduler {

    private final IbkrClient ibkr;
    private final EntryService entries;
    private final TimeStopService timeStops;
    private final FundamentalStrategyConfig config;

    public StrategyScheduler(IbkrClient ibkr, EntryService entries, TimeStopService timeStops,
            FundamentalStrategyConfig config) {
        this.ibkr = ibkr;
        this.entries = entries;
        this.timeStops = timeStops;
        this.config = config;
    }

    /** Refuses to start on parameters strategy-core refuses, naming the bad value, rather than failing every poll. */
    void checkParameters(@Observes StartupEvent start) {
        FundamentalParams.strategy(config);
    }

    @Scheduled(identity = "fundamental-strategy", every = "${tradebot.strategy.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.enabled()) {
            return;
        }
        try {
            ClockView clock = readClock();
            entries.act(clock);
            timeStops.act(clock);
        } catch (RuntimeException e) {
            Log.warnf("Fundamental strategy poll failed, will try again: %s", e.toString());
        }
    }

    /** The market clock, bounded in time. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public ClockView readClock() {
        return ibkr.clock();
    }
}
