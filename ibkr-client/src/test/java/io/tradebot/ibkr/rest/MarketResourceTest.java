package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.devkit.TradebotTestResource;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class MarketResourceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ClockView clock() {
        return as("VIEWER").get("/api/v1/clock").then().statusCode(200).extract().as(ClockView.class);
    }

    private static Instant closeOf(LocalDate date) {
        return date.atTime(16, 0).atZone(NEW_YORK).toInstant();
    }

    @Test
    void clockReplaysInSimModeFromTheConfiguredDate() {
        ClockView clock = clock();
        assertThat(clock.mode()).isEqualTo("sim");
        assertThat(clock.speed()).isEqualTo(14400.0);
        assertThat(clock.tradingDate()).isAfterOrEqualTo(LocalDate.of(2015, 1, 2)).isBefore(LocalDate.of(2018, 2, 8));
        assertThat(clock.tradingDate()).isEqualTo(clock.now().atZone(NEW_YORK).toLocalDate());
    }

    @Test
    void servesOnlyBarsWhoseSessionHasClosedWithTheRecordedValues() {
        ClockView before = clock();
        List<BarView> bars = as("service").queryParam("size", "1day").queryParam("from", "2014-12-01")
                .queryParam("to", "2018-12-31").get("/api/v1/marketdata/AAPL/bars")
                .then().statusCode(200).extract().as(new TypeRef<>() { });
        ClockView after = clock();

        Map<LocalDate, CsvBars> csv = CsvBars.of("AAPL").stream().collect(Collectors.toMap(CsvBars::date, Function.identity()));
        assertThat(bars).isNotEmpty().allSatisfy(bar -> {
            LocalDate date = bar.start().atZone(NEW_YORK).toLocalDate();
            assertThat(closeOf(date)).isBeforeOrEqualTo(after.now());
            assertThat(bar.start()).isEqualTo(date.atTime(9, 30).atZone(NEW_YORK).toInstant());
            assertThat(bar.size()).isEqualTo("1day");
            assertThat(bar.derived()).isFalse();
            CsvBars expected = csv.get(date);
            assertThat(bar.open()).isEqualByComparingTo(expected.open());
            assertThat(bar.high()).isEqualByComparingTo(expected.high());
            assertThat(bar.low()).isEqualByComparingTo(expected.low());
            assertThat(bar.close()).isEqualByComparingTo(expected.close());
            assertThat(bar.volume()).isEqualTo(expected.volume());
        });
        long closedBeforeTheCall = csv.keySet().stream()
                .filter(date -> !date.isBefore(LocalDate.of(2014, 12, 1)) && !closeOf(date).isAfter(before.now())).count();
        assertThat((long) bars.size()).isGreaterThanOrEqualTo(closedBeforeTheCall);
        assertThat(bars).isSortedAccordingTo(Comparator.comparing(BarView::start));
    }

    @Test
    void answers404ForAnUnknownSymbol() {
        as("VIEWER").get("/api/v1/marketdata/NOPE/bars").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void refusesIntradaySizesNamingTheField() {
        as("VIEWER").queryParam("size", "2min").get("/api/v1/marketdata/AAPL/bars").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
    }

    @Test
    void refusesBadDatesNamingTheField() {
        as("VIEWER").queryParam("from", "2017-13-01").get("/api/v1/marketdata/AAPL/bars").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("from"));
        as("VIEWER").queryParam("to", "yesterday").get("/api/v1/marketdata/AAPL/bars").then().statusCode(400)
                .body("field", equalTo("to"));
    }

    @Test
    void ranksTopGainersOfAPastDayExactlyAsTheRecordedClosesSay() {
        LocalDate day = LocalDate.of(2014, 6, 10);
        List<TopGainerView> expected = CsvBars.symbols().stream()
                .flatMap(symbol -> expectedGain(symbol, day).stream())
                .sorted(Comparator.comparing(TopGainerView::changePct).reversed())
                .limit(5).toList();

        List<TopGainerView> actual = as("service").queryParam("limit", 5).queryParam("asOf", "2014-06-10")
                .get("/api/v1/scanner/top-gainers").then().statusCode(200).extract().as(new TypeRef<>() { });

        assertThat(actual).hasSize(5);
        assertThat(actual).extracting(TopGainerView::symbol).containsExactlyElementsOf(
                expected.stream().map(TopGainerView::symbol).toList());
        for (int i = 0; i < 5; i++) {
            assertThat(actual.get(i).changePct()).isEqualByComparingTo(expected.get(i).changePct());
            assertThat(actual.get(i).close()).isEqualByComparingTo(expected.get(i).close());
            assertThat(actual.get(i).previousClose()).isEqualByComparingTo(expected.get(i).previousClose());
            assertThat(actual.get(i).date()).isEqualTo(day);
        }
    }

    @Test
    void appliesThePriceAndVolumeFilters() {
        List<TopGainerView> rows = as("service").queryParam("limit", 100).queryParam("asOf", "2014-06-10")
                .queryParam("minPrice", "100").queryParam("minVolume", 5_000_000)
                .get("/api/v1/scanner/top-gainers").then().statusCode(200).extract().as(new TypeRef<>() { });
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.close()).isGreaterThanOrEqualTo(new BigDecimal("100"));
            assertThat(row.volume()).isGreaterThanOrEqualTo(5_000_000L);
        });
    }

    @Test
    void neverLooksPastTheClockWhenAsOfIsInTheFuture() {
        List<TopGainerView> rows = as("service").queryParam("asOf", "2018-02-07")
                .get("/api/v1/scanner/top-gainers").then().statusCode(200).extract().as(new TypeRef<>() { });
        ClockView after = clock();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(closeOf(row.date())).isBeforeOrEqualTo(after.now()));
    }

    @Test
    void refusesALimitOutsideOneToAHundred() {
        as("service").queryParam("limit", 0).get("/api/v1/scanner/top-gainers").then().statusCode(400)
                .body("field", equalTo("limit"));
        as("service").queryParam("limit", 101).get("/api/v1/scanner/top-gainers").then().statusCode(400)
                .body("field", equalTo("limit"));
        as("service").queryParam("asOf", "soon").get("/api/v1/scanner/top-gainers").then().statusCode(400)
                .body("field", equalTo("asOf"));
    }

    @Test
    void requiresAToken() {
        given().get("/api/v1/clock").then().statusCode(401);
    }

    private static Optional<TopGainerView> expectedGain(String symbol, LocalDate day) {
        List<CsvBars> rows = CsvBars.of(symbol);
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).date().equals(day)) {
                BigDecimal previous = rows.get(i - 1).close();
                BigDecimal close = rows.get(i).close();
                BigDecimal pct = close.divide(previous, MathContext.DECIMAL128).subtract(BigDecimal.ONE)
                        .multiply(BigDecimal.valueOf(100)).setScale(4, RoundingMode.HALF_EVEN);
                return Optional.of(new TopGainerView(symbol, day, previous, close, pct, rows.get(i).volume()));
            }
        }
        return Optional.empty();
    }
}
