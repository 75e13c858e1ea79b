package io.tradebot.strategy.fundamental.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The schedule itself trades a NEW entry for the clock's day, with nobody calling anything. */
@QuarkusTest
@TestProfile(ScheduledEntryQuarkusTest.ScheduleOn.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_strategyfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class ScheduledEntryQuarkusTest {

    IbkrClientStandIn ibkr;

    @Inject
    DataSource db;

    @Test
    void theScheduleEntersYesterdaysEntryAndExpiresAStaleOne() {
        LocalDate day = LocalDate.parse("2024-05-03");
        ibkr.clock(Instant.parse("2024-05-03T13:10:00Z"), day, "PRE");
        ibkr.account("{\"equity\":100000}");
        ibkr.bars("[" + bar("2024-05-01") + "," + bar("2024-05-02") + "]");
        WatchlistRows rows = new WatchlistRows(db);
        rows.add("AUTO", day.minusDays(1), "20", "{}");
        rows.add("STALE", day.minusDays(2), "20", "{}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(rows.status("AUTO")).isEqualTo("CONSUMED");
            assertThat(rows.status("STALE")).isEqualTo("EXPIRED");
        });
        assertThat(ibkr.orders()).hasSize(1).first().asString().contains("fundamental:AUTO:20240502T133000Z:ENTER_LONG");
    }

    /** A daily bar of {@code day} starting 09:30 New York (13:30 UTC in May). */
    private static String bar(String day) {
        return "{\"start\":\"%sT13:30:00Z\",\"size\":\"1day\",\"open\":25,\"high\":25,\"low\":25,\"close\":25,\"volume\":1000}"
                .formatted(day);
    }

    /** Switches the scheduled job on with a short poll interval. */
    public static class ScheduleOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradebot.strategy.enabled", "true", "tradebot.strategy.poll-interval", "1s");
        }
    }
}
