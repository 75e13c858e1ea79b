package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.RiskTestApi.code;
import static io.tradebot.ibkr.rest.RiskTestApi.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MARKET orders before the close only, with the production setting (the other tests allow them all day). */
@QuarkusTest
@TestProfile(RiskMarketHoursResourceTest.RegularSessionOnly.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class RiskMarketHoursResourceTest {

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The default: MARKET orders after the close are refused. */
    public static class RegularSessionOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradebot.ibkr.risk.allow-market-outside-regular", "false");
        }
    }

    /** Pre-market (from 09:00 in the replay) or regular session: before the 16:00 close. */
    private static boolean beforeTheClose(OrderView order) {
        return order.createdAt().atZone(NEW_YORK).toLocalTime().isBefore(LocalTime.of(16, 0));
    }

    @Test
    void acceptsMarketOrdersBeforeTheCloseAndRejectsThemAfter() {
        // the test clock crosses a whole trading day in under 2 seconds: place orders until both outcomes were seen
        List<OrderView> placed = new ArrayList<>();
        String strategy = "hours-" + UUID.randomUUID();
        await().atMost(RiskTestApi.TIMEOUT).until(() -> {
            placed.add(place("hours-" + UUID.randomUUID(), strategy + "-" + placed.size() / 20, "KO", "BUY", 1, 201));
            return placed.stream().anyMatch(RiskMarketHoursResourceTest::beforeTheClose)
                    && placed.stream().anyMatch(order -> !beforeTheClose(order));
        });
        assertThat(placed).allSatisfy(order -> {
            if (beforeTheClose(order)) {
                assertThat(order.status().name()).as(order.createdAt().toString()).isIn("ACCEPTED", "FILLED");
            } else {
                assertThat(order.status().name()).as(order.createdAt().toString()).isEqualTo("REJECTED");
                assertThat(code(order)).isEqualTo("MARKET_CLOSED");
            }
        });
    }
}
