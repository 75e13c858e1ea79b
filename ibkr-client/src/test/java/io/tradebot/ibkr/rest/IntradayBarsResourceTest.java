package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.Session;
import io.tradebot.devkit.TradebotTestResource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class IntradayBarsResourceTest {

    static ClockView clock() {
        return as("VIEWER").get("/api/v1/clock").then().statusCode(200).extract().as(ClockView.class);
    }

    static List<BarView> bars(String symbol, String size, String from, String to) {
        var request = as("service").queryParam("size", size);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.get("/api/v1/marketdata/" + symbol + "/bars").then().statusCode(200).extract().as(new TypeRef<>() { });
    }

    /** Waits until the replay clock is inside a regular session with some minutes behind it. */
    static ClockView inRegularSession() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(IntradayBarsResourceTest::clock,
                c -> c.session() == Session.REGULAR
                        && c.now().isAfter(c.tradingDate().atTime(9, 45).atZone(SpyMinuteRows.NEW_YORK).toInstant())
                        && c.now().isBefore(c.tradingDate().atTime(15, 0).atZone(SpyMinuteRows.NEW_YORK).toInstant()));
    }

    @Test
    void spyMinuteBarsAreTheRecordedRegularSessionMinutesStampedAtTheirStart() {
        List<BarView> served = bars("SPY", "1min", "2011-03-14", "2011-03-15");
        List<SpyMinuteRows> expected = SpyMinuteRows.all().stream().filter(SpyMinuteRows::regular)
                .filter(row -> !row.inNewYork().toLocalDate().isBefore(LocalDate.of(2011, 3, 14))
                        && !row.inNewYork().toLocalDate().isAfter(LocalDate.of(2011, 3, 15)))
                .toList();
        assertThat(served).hasSize(expected.size()).hasSizeGreaterThan(760);
        // 2011-03-14 is in daylight saving time: 09:30 New York = 13:30 UTC, the file's row "20110314 133100".
        assertThat(served.getFirst().start()).isEqualTo(Instant.parse("2011-03-14T13:30:00Z"));
        for (int i = 0; i < served.size(); i++) {
            BarView bar = served.get(i);
            SpyMinuteRows row = expected.get(i);
            assertThat(bar.start()).isEqualTo(row.start());
            assertThat(bar.size()).isEqualTo("1min");
            assertThat(bar.derived()).isFalse();
            assertThat(bar.open()).isEqualByComparingTo(row.open());
            assertThat(bar.high()).isEqualByComparingTo(row.high());
            assertThat(bar.low()).isEqualByComparingTo(row.low());
            assertThat(bar.close()).isEqualByComparingTo(row.close());
            assertThat(bar.volume()).isEqualTo(row.volume());
        }
    }

    @Test
    void spyFiveMinuteBarsAggregateTheRecordedMinutes() {
        List<BarView> served = bars("SPY", "5min", "2011-03-01", "2011-03-01");
        Map<Instant, List<SpyMinuteRows>> buckets = new TreeMap<>();
        SpyMinuteRows.all().stream().filter(SpyMinuteRows::regular)
                .filter(row -> row.inNewYork().toLocalDate().equals(LocalDate.of(2011, 3, 1)))
                .forEach(row -> buckets.computeIfAbsent(Instant.ofEpochSecond(row.start().getEpochSecond() / 300 * 300),
                        b -> new java.util.ArrayList<>()).add(row));
        assertThat(served).hasSize(buckets.size()).hasSizeLessThanOrEqualTo(78);
        assertThat(served.getFirst().start()).isEqualTo(Instant.parse("2011-03-01T14:30:00Z"));
        int i = 0;
        for (var bucket : buckets.entrySet()) {
            BarView bar = served.get(i++);
            List<SpyMinuteRows> rows = bucket.getValue();
            assertThat(bar.start()).isEqualTo(bucket.getKey());
            assertThat(bar.size()).isEqualTo("5min");
            assertThat(bar.open()).isEqualByComparingTo(rows.getFirst().open());
            assertThat(bar.close()).isEqualByComparingTo(rows.getLast().close());
            assertThat(bar.high()).isEqualByComparingTo(rows.stream().map(SpyMinuteRows::high).max(Comparator.naturalOrder()).orElseThrow());
            assertThat(bar.low()).isEqualByComparingTo(rows.stream().map(SpyMinuteRows::low).min(Comparator.naturalOrder()).orElseThrow());
            assertThat(bar.volume()).isEqualTo(rows.stream().mapToLong(SpyMinuteRows::volume).sum());
        }
    }

    @Test
    void derivedMinuteBarsOfAClosedDayMatchItsDailyBar() {
        List<BarView> daily = bars("AAPL", "1day", "2014-12-01", null);
        LocalDate day = daily.getLast().start().atZone(SpyMinuteRows.NEW_YORK).toLocalDate();
        CsvBars csv = CsvBars.of("AAPL").stream().filter(row -> row.date().equals(day)).findFirst().orElseThrow();

        List<BarView> minutes = bars("AAPL", "1min", day.toString(), day.toString());
        assertThat(minutes).hasSize(390).allSatisfy(bar -> {
            assertThat(bar.derived()).isTrue();
            assertThat(bar.low().signum()).isPositive();
            assertThat(bar.low()).isLessThanOrEqualTo(bar.open().min(bar.close()));
            assertThat(bar.high()).isGreaterThanOrEqualTo(bar.open().max(bar.close()));
        });
        assertThat(minutes.getFirst().start()).isEqualTo(day.atTime(9, 30).atZone(SpyMinuteRows.NEW_YORK).toInstant());
        assertThat(minutes.getFirst().open()).isEqualByComparingTo(csv.open());
        assertThat(minutes.getLast().close()).isEqualByComparingTo(csv.close());
        assertThat(minutes.stream().map(BarView::high).max(Comparator.naturalOrder()).orElseThrow()).isEqualByComparingTo(csv.high());
        assertThat(minutes.stream().map(BarView::low).min(Comparator.naturalOrder()).orElseThrow()).isEqualByComparingTo(csv.low());
        assertThat(minutes.stream().mapToLong(BarView::volume).sum()).isEqualTo(csv.volume());
        assertThat(bars("AAPL", "1min", day.toString(), day.toString())).as("the same day gives the same bars").isEqualTo(minutes);

        List<BarView> fives = bars("AAPL", "5min", day.toString(), day.toString());
        assertThat(fives).hasSize(78).allSatisfy(bar -> assertThat(bar.derived()).isTrue());
        assertThat(fives.stream().mapToLong(BarView::volume).sum()).isEqualTo(csv.volume());
        assertThat(fives.get(1).open()).isEqualByComparingTo(minutes.get(5).open());
        assertThat(fives.get(1).close()).isEqualByComparingTo(minutes.get(9).close());
    }

    @Test
    void neverServesABarThatHasNotCompletedByTheReplayClock() {
        for (String size : List.of("1min", "5min")) {
            long minutes = "1min".equals(size) ? 1 : 5;
            ClockView before = inRegularSession();
            List<BarView> served = bars("MSFT", size, null, null);
            ClockView after = clock();
            Instant open = before.tradingDate().atTime(9, 30).atZone(SpyMinuteRows.NEW_YORK).toInstant();
            long completedBefore = Duration.between(open, before.now()).toMinutes() / minutes;
            assertThat(served).allSatisfy(bar -> {
                assertThat(bar.start()).isAfterOrEqualTo(open);
                assertThat(bar.start().plus(Duration.ofMinutes(minutes))).isBeforeOrEqualTo(after.now());
            });
            assertThat((long) served.size()).isGreaterThanOrEqualTo(completedBefore).isLessThan(78L * 5 / minutes + 1);
        }
    }

    @Test
    void aRangeReachingIntoTheFutureStopsAtTheClock() {
        ClockView before = inRegularSession();
        String tomorrow = before.tradingDate().plusDays(1).toString();
        List<BarView> served = bars("KO", "1min", before.tradingDate().toString(), tomorrow);
        ClockView after = clock();
        assertThat(served).isNotEmpty().allSatisfy(bar ->
                assertThat(bar.start().plusSeconds(60)).isBeforeOrEqualTo(after.now()));
        assertThat(served.getLast().start()).isBefore(after.now());
        assertThat(served.stream().map(BarView::volume).reduce(0L, Long::sum)).isPositive();
    }
}
