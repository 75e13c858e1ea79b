package io.tradebot.screener.earnings.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.tradebot.screener.earnings.config.EarningsScreenerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Screens the coming days' calendar on a cron schedule (by default every morning, New York time). */
@ApplicationScoped
public class EarningsScheduler {

    /** The zone the calendar's dates are in. */
    public static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");

    private final EarningsScreenService screens;
    private final EarningsScreenerConfig config;
    private final Clock clock = Clock.system(MARKET_ZONE);

    public EarningsScheduler(EarningsScreenService screens, EarningsScreenerConfig config) {
        this.screens = screens;
        this.config = config;
    }

    @Scheduled(identity = "earnings-screen", cron = "${tradebot.earnings.schedule.cron:0 30 6 * * ?}",
            timeZone = "America/New_York", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.schedule().enabled()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        try {
            screens.run(today, today.plusDays(Math.max(1, config.schedule().days()) - 1L));
        } catch (RuntimeException e) {
            Log.errorf("Scheduled earnings screen from %s failed, next try at the next scheduled time: %s", today,
                    e.getMessage());
        }
    }
}
