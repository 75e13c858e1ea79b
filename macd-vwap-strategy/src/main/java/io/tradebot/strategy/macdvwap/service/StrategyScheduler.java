package io.tradebot.strategy.macdvwap.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.strategy.macdvwap.client.IbkrClient;
import io.tradebot.strategy.macdvwap.config.MacdVwapStrategyConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Follows ibkr-client's market clock and lets {@link MacdVwapLoop} act at each moment it reads. */
@ApplicationScoped
public class StrategyScheduler {

    private final IbkrClient ibkr;
    private final MacdVwapLoop loop;
    private final MacdVwapStrategyConfig config;

    public StrategyScheduler(IbkrClient ibkr, MacdVwapLoop loop, MacdVwapStrategyConfig config) {
        this.ibkr = ibkr;
        this.loop = loop;
        this.config = config;
    }

    @Scheduled(identity = "macd-vwap-strategy", every = "${tradebot.macdvwap.poll-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.enabled()) {
            return;
        }
        try {
            loop.step(ibkr.clock());
        } catch (RuntimeException e) {
            Log.warnf("macd-vwap poll failed, will try again: %s", e.toString());
        }
    }
}
