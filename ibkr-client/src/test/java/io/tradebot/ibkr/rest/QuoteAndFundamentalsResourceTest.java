package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.QuoteView;
import io.tradebot.devkit.TradebotTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class QuoteAndFundamentalsResourceTest {

    private static QuoteView quote(String symbol) {
        return as("VIEWER").get("/api/v1/marketdata/" + symbol + "/quote").then().statusCode(200).extract().as(QuoteView.class);
    }

    @Test
    void quoteIsTheLastCompletedMinuteOfTodayWithTheVolumeSoFar() {
        ClockView before = IntradayBarsResourceTest.inRegularSession();
        QuoteView quote = quote("IBM");
        LocalDate today = before.tradingDate();
        List<BarView> completed = IntradayBarsResourceTest.bars("IBM", "1min", today.toString(), today.toString()).stream()
                .filter(bar -> !bar.start().plusSeconds(60).isAfter(quote.asOf())).toList();

        assertThat(quote.asOf()).isAfterOrEqualTo(before.now());
        assertThat(quote.derived()).isTrue();
        assertThat(quote.lastTradeAt()).isEqualTo(completed.getLast().start().plusSeconds(60));
        assertThat(quote.last()).isEqualByComparingTo(completed.getLast().close());
        assertThat(quote.volume()).isEqualTo(completed.stream().mapToLong(BarView::volume).sum());
        BigDecimal spread = quote.last().movePointLeft(4).setScale(2, RoundingMode.CEILING).max(new BigDecimal("0.01"));
        assertThat(quote.ask().subtract(quote.bid())).isEqualByComparingTo(spread);
        assertThat(quote.bid().add(quote.ask())).isEqualByComparingTo(quote.last().multiply(BigDecimal.TWO));
    }

    @Test
    void spyQuoteIsItsLastRecordedMinuteWithNoVolumeToday() {
        QuoteView quote = quote("spy");
        SpyMinuteRows last = SpyMinuteRows.all().stream().filter(SpyMinuteRows::regular).toList().getLast();
        assertThat(quote.symbol()).isEqualTo("SPY");
        assertThat(quote.derived()).isFalse();
        assertThat(quote.lastTradeAt()).isEqualTo(last.start().plusSeconds(60));
        assertThat(quote.last()).isEqualByComparingTo(last.close());
        assertThat(quote.volume()).isZero();
    }

    @Test
    void fundamentalsAreTheBundledSnapshotInUsd() throws IOException {
        FundamentalsView aapl = as("VIEWER").get("/api/v1/fundamentals/AAPL").then().statusCode(200)
                .extract().as(FundamentalsView.class);
        String[] row = csvRow("AAPL,");
        assertThat(aapl.asOf()).isEqualTo(LocalDate.of(2017, 3, 8));
        assertThat(aapl.price()).isEqualByComparingTo(row[3]);
        assertThat(aapl.dividendYieldPct()).isEqualByComparingTo(row[4]);
        assertThat(aapl.pe()).isEqualByComparingTo(row[5]);
        assertThat(aapl.eps()).isEqualByComparingTo(row[6]);
        assertThat(aapl.marketCap()).isEqualByComparingTo(new BigDecimal(row[10]).multiply(BigDecimal.valueOf(1_000_000_000)));
        assertThat(aapl.ebitda()).isEqualByComparingTo(new BigDecimal(row[11]).multiply(BigDecimal.valueOf(1_000_000_000)));
        assertThat(aapl.priceToSales()).isEqualByComparingTo(row[12]);
        assertThat(aapl.priceToBook()).isEqualByComparingTo(row[13]);
        assertThat(aapl.marketCap()).isEqualByComparingTo("732000000000");
    }

    @Test
    void aMissingPriceEarningsRatioIsNullAndDottedSymbolsWork() throws IOException {
        String[] row = csvRow("BRK.B,");
        as("VIEWER").get("/api/v1/fundamentals/brk.b").then().statusCode(200)
                .body("symbol", equalTo("BRK.B")).body("name", equalTo(row[1]));
        as("VIEWER").get("/api/v1/fundamentals/AIG").then().statusCode(200)
                .body("pe", equalTo(null)).body("name", equalTo("American International Group, Inc."));
    }

    @Test
    void unknownSymbolsAre404NamingTheField() {
        as("VIEWER").get("/api/v1/fundamentals/NOPE").then().statusCode(404)
                .contentType("application/problem+json").body("field", equalTo("symbol"));
        as("VIEWER").get("/api/v1/marketdata/NOPE/quote").then().statusCode(404)
                .contentType("application/problem+json").body("field", equalTo("symbol"));
        as("VIEWER").get("/api/v1/marketdata/NOPE/bars?size=1min").then().statusCode(404)
                .contentType("application/problem+json").body("field", equalTo("symbol"));
        as("VIEWER").get("/api/v1/fundamentals/A$B").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("symbol"));
    }

    @Test
    void badSizesAndRangesAre400NamingTheField() {
        as("VIEWER").queryParam("size", "15min").get("/api/v1/marketdata/AAPL/bars").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
        as("VIEWER").queryParam("size", "1min").queryParam("from", "2015-02-30").get("/api/v1/marketdata/AAPL/bars")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("from"));
        as("VIEWER").queryParam("size", "5min").queryParam("to", "noon").get("/api/v1/marketdata/AAPL/bars")
                .then().statusCode(400).body("field", equalTo("to"));
        as("VIEWER").queryParam("size", "1min").queryParam("from", "2015-01-02").queryParam("to", "2015-02-02")
                .get("/api/v1/marketdata/AAPL/bars").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("to")).body("detail", containsString("2015-01-02"));
        as("VIEWER").queryParam("size", "1min").queryParam("from", "2015-01-06T15:00:00Z").queryParam("to", "2015-01-06T14:00:00Z")
                .get("/api/v1/marketdata/AAPL/bars").then().statusCode(400).body("field", equalTo("from"));
    }

    @Test
    void instantBoundsSelectBarsStartingFromFromUntilBeforeTo() {
        Instant from = Instant.parse("2011-03-01T15:00:00Z");
        Instant to = Instant.parse("2011-03-01T15:10:00Z");
        List<BarView> served = IntradayBarsResourceTest.bars("SPY", "1min", from.toString(), to.toString());
        List<Instant> expected = SpyMinuteRows.all().stream().map(SpyMinuteRows::start)
                .filter(start -> !start.isBefore(from) && start.isBefore(to)).toList();
        assertThat(served).extracting(BarView::start).containsExactlyElementsOf(expected).hasSize(10);
    }

    private static String[] csvRow(String prefix) throws IOException {
        try (InputStream in = QuoteAndFundamentalsResourceTest.class.getClassLoader()
                .getResourceAsStream("marketdata/fundamentals/sp500_constituents_financials_2017-03-08.csv")) {
            String line = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
            return line.split(",");
        }
    }
}
