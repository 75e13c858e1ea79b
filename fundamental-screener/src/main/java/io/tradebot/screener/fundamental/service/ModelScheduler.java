package io.tradebot.screener.fundamental.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.common.market.ClockView;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Retrains the models once per weekday, {@code retrain-after-close} minutes after its close by the market
 * clock. A day already trained is remembered in memory; after a restart the day is trained again, which
 * adds nothing (a model per window is stored once).
 */
@ApplicationScoped
public class ModelScheduler {

    private final ScreenService screens;
    private final ModelService models;
    private final FundamentalScreenerConfig.Models config;
    private final AtomicReference<LocalDate> lastTrained = new AtomicReference<>();

    public ModelScheduler(ScreenService screens, ModelService models, FundamentalScreenerConfig config) {
        this.screens = screens;
        this.models = models;
        this.config = config.models();
    }

    @Scheduled(identity = "model-retrain", every = "${tradebot.screener.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.retrainEnabled()) {
            return;
        }
        try {
            retrainIfDue();
        } catch (RuntimeException e) {
            Log.warnf("Model retraining failed, will try again: %s", e.toString());
        }
    }

    /** Trains the clock's trading day if it is a weekday past its close plus the delay and not yet trained. */
    public Optional<ModelService.TrainingSummary> retrainIfDue() {
        ClockView clock = screens.clock();
        LocalDate day = clock.tradingDate();
        Instant due = ScreenService.closeOf(day).plusSeconds(60L * config.retrainAfterClose());
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend || clock.now().isBefore(due) || day.equals(lastTrained.get())) {
            return Optional.empty();
        }
        ModelService.TrainingSummary summary = models.trainClosed(day, models.universe());
        lastTrained.set(day);
        return Optional.of(summary);
    }
}
