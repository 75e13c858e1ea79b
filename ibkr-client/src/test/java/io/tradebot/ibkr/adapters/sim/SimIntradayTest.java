package io.tradebot.ibkr.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.QuoteView;
import io.tradebot.ibkr.marketdata.DailyBarCsv;
import io.tradebot.ibkr.marketdata.IntradayHistory;
import io.tradebot.ibkr.marketdata.MarketHistory;
import io.tradebot.ibkr.marketdata.MinuteBarCsv;
import io.tradebot.ibkr.marketdata.SessionBars;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Intraday bars and quotes at fixed replay instants: exactly the bars completed by then, nothing later. */
class SimIntradayTest {

    /** 2015-01-06 10:07:30 New York (EST): 37 minutes of the session have completed, the 38th is under way. */
    private static final Instant AT = Instant.parse("2015-01-06T15:07:30Z");
    private static final Instant DAY_START = Instant.parse("2015-01-06T05:00:00Z");
    private static final Instant DAY_END = Instant.parse("2015-01-07T05:00:00Z");
    private static SimIntraday intraday;

    @BeforeAll
    static void load() throws IOException {
        var loader = Thread.currentThread().getContextClassLoader();
        var daily = DailyBarCsv.read(new InputStreamReader(loader.getResourceAsStream("marketdata/daily/AAPL_data.csv"),
                StandardCharsets.UTF_8), "AAPL");
        var spy = MinuteBarCsv.readRegularSession(new InputStreamReader(
                loader.getResourceAsStream("marketdata/intraday/nt-spy-minute-2011-03.csv"), StandardCharsets.UTF_8), "SPY");
        intraday = new SimIntraday(new SessionBars(new MarketHistory(daily), new IntradayHistory(Map.of("SPY", spy))));
    }

    @Test
    void servesExactlyTheMinutesCompletedByTheInstant() {
        List<BarView> minutes = intraday.bars("AAPL", Duration.ofMinutes(1), DAY_START, DAY_END, AT);
        assertThat(minutes).hasSize(37);
        assertThat(minutes.getFirst().start()).isEqualTo(Instant.parse("2015-01-06T14:30:00Z"));
        assertThat(minutes.getLast().start()).isEqualTo(Instant.parse("2015-01-06T15:06:00Z"));
        List<BarView> later = intraday.bars("AAPL", Duration.ofMinutes(1), DAY_START, DAY_END, DAY_END);
        assertThat(later).hasSize(390).startsWith(minutes.toArray(BarView[]::new));
    }

    @Test
    void servesExactlyTheFiveMinuteBarsCompletedByTheInstant() {
        List<BarView> fives = intraday.bars("AAPL", Duration.ofMinutes(5), DAY_START, DAY_END, AT);
        // 09:30 .. 10:00 have ended by 10:07:30; the 10:05 bar ends at 10:10.
        assertThat(fives).extracting(BarView::start).hasSize(7).last().isEqualTo(Instant.parse("2015-01-06T15:00:00Z"));
        assertThat(fives).allSatisfy(bar -> assertThat(bar.size()).isEqualTo("5min"));
    }

    @Test
    void aBarEndingExactlyAtTheInstantIsServed() {
        Instant endOfTenOhSix = Instant.parse("2015-01-06T15:07:00Z");
        assertThat(intraday.bars("AAPL", Duration.ofMinutes(1), DAY_START, DAY_END, endOfTenOhSix)).hasSize(37);
        assertThat(intraday.bars("AAPL", Duration.ofMinutes(1), DAY_START, DAY_END, endOfTenOhSix.minusNanos(1))).hasSize(36);
    }

    @Test
    void quoteIsTheLastCompletedMinuteAndTheVolumeSoFar() {
        List<BarView> minutes = intraday.bars("AAPL", Duration.ofMinutes(1), DAY_START, DAY_END, AT);
        QuoteView quote = intraday.quote("AAPL", AT).orElseThrow();
        assertThat(quote.last()).isEqualByComparingTo(minutes.getLast().close());
        assertThat(quote.lastTradeAt()).isEqualTo(Instant.parse("2015-01-06T15:07:00Z"));
        assertThat(quote.volume()).isEqualTo(minutes.stream().mapToLong(BarView::volume).sum());
        assertThat(quote.derived()).isTrue();
    }

    @Test
    void beforeTheOpenTheQuoteIsThePreviousCloseWithNoVolume() {
        QuoteView quote = intraday.quote("AAPL", Instant.parse("2015-01-06T14:15:00Z")).orElseThrow();
        // AAPL closed 2015-01-05 at 106.25 (daily CSV); the derived last minute closes at the day's close.
        assertThat(quote.last()).isEqualByComparingTo("106.25");
        assertThat(quote.lastTradeAt()).isEqualTo(Instant.parse("2015-01-05T21:00:00Z"));
        assertThat(quote.volume()).isZero();
        assertThat(intraday.bars("AAPL", Duration.ofMinutes(1), DAY_START, DAY_END, Instant.parse("2015-01-06T14:15:00Z"))).isEmpty();
    }

    @Test
    void nothingBeforeTheFirstRecordedTrade() {
        assertThat(intraday.quote("AAPL", Instant.parse("2013-02-08T14:00:00Z"))).isEmpty();
    }
}
