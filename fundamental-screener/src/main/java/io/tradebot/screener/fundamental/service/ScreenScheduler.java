package io.tradebot.screener.fundamental.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.Session;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import io.tradebot.screener.fundamental.screen.ScreenSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Screens each trading day once, {@code minutes-after-open} after its 09:30 New York open by the market clock
 * (30 by default), through the whole pipeline: the session before it, as of that session's close.
 */
@ApplicationScoped
public class ScreenScheduler {

    private final ScreenService screens;
    private final FundamentalScreenerConfig config;

    public ScreenScheduler(ScreenService screens, FundamentalScreenerConfig config) {
        this.screens = screens;
        this.config = config;
    }

    @Scheduled(identity = "fundamental-screen", every = "${tradebot.screener.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.enabled()) {
            return;
        }
        try {
            screenToday();
        } catch (RuntimeException e) {
            Log.warnf("Fundamental screen poll failed, will try again: %s", e.toString());
        }
    }

    /**
     * Screens the clock's trading day if the market is not closed, the screen is due and the day has no
     * screen yet. The scan is as of the earlier of now and 09:00 ET that day, so it sees only the sessions
     * completed before the day's open, never the day itself.
     */
    public Optional<ScreenSummary> screenToday() {
        ClockView clock = screens.clock();
        LocalDate today = clock.tradingDate();
        Instant due = ScreenService.openOf(today).plusSeconds(60L * config.minutesAfterOpen());
        if (clock.session() == Session.CLOSED || clock.now().isBefore(due) || screens.hasRun(today)) {
            return Optional.empty();
        }
        Instant beforeOpen = ScreenService.beforeOpen(today);
        Instant asOf = clock.now().isBefore(beforeOpen) ? clock.now() : beforeOpen;
        return Optional.of(screens.screen(today, asOf));
    }
}
