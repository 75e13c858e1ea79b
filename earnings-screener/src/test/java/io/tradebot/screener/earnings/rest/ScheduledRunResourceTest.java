package io.tradebot.screener.earnings.rest;

import static io.tradebot.screener.earnings.rest.EarningsTestSupport.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The schedule reads the coming week's pages with nobody calling the API. */
@QuarkusTest
@TestProfile(ScheduledRunResourceTest.ScheduleOn.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerearnings_scheduled"))
@WithTestResource(value = CalendarDirResource.class, scope = TestResourceScope.GLOBAL)
class ScheduledRunResourceTest {

    CalendarDir calendar;

    @Inject
    DataSource db;

    @Test
    void theScheduleReadsTheComingWeek() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        LocalDate inThreeDays = today.plusDays(3);
        LocalDate inAWeek = today.plusDays(7);
        calendar.write(inThreeDays, CalendarDir.pastPage(inThreeDays, Map.of("SOON", new String[] { "$1.00", "", "" })));
        calendar.write(inAWeek, CalendarDir.pastPage(inAWeek, Map.of("LATER", new String[] { "$1.00", "", "" })));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                count(db, "select count(*) from earnings_event where symbol = 'SOON' and report_date = ?", inThreeDays))
                .isEqualTo(1));
        // seven days from today: the eighth day is outside
        assertThat(count(db, "select count(*) from earnings_event where symbol = 'LATER'")).isZero();
    }

    /** Switches the schedule on, every second. */
    public static class ScheduleOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradebot.earnings.schedule.enabled", "true", "tradebot.earnings.schedule.cron", "0/1 * * * * ?");
        }
    }
}
